// The light build of bottleneck (no clustering) is the one the octokit plugins load; same API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
