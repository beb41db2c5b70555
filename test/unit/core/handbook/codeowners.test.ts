import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as fc from 'fast-check';
import {
  CODEOWNERS_PATHS,
  MAX_CODEOWNERS_BYTES,
  MAX_LINE_LENGTH,
  MAX_PATTERN_LENGTH,
  MAX_OWNERS_PER_RULE,
  isEmail,
  isTeam,
  ownersOf,
  parseCodeowners,
  type Codeowners,
} from '../../../../src/core/handbook/codeowners';
import { loadCodeowners } from '../../../../src/node/scan';

const read = (text: string) => parseCodeowners(text, '.github/CODEOWNERS');

/** The owners of a path, or null when no rule matches it. */
function owners(text: string, relPath: string): string[] | null {
  const file = read(text);
  assert.deepEqual(file.errors, []);
  return ownersOf(file, relPath)?.owners ?? null;
}

/** A rule below a default owner, so a path the rule does not match falls to `@default`. */
const underDefault = (rules: string) => `* @default\n${rules}`;

// The example file of GitHub's "About code owners", CODEOWNERS syntax section:
// https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners
const DOCUMENTED_EXAMPLE = `# This is a comment.
# Each line is a file pattern followed by one or more owners.

# These owners will be the default owners for everything in
# the repo. Unless a later match takes precedence,
# @global-owner1 and @global-owner2 will be requested for
# review when someone opens a pull request.
*       @global-owner1 @global-owner2

# Order is important; the last matching pattern takes the most
# precedence. When someone opens a pull request that only
# modifies JS files, only @js-owner and not the global
# owner(s) will be requested for a review.
*.js    @js-owner #This is an inline comment.

# You can also use email addresses if you prefer. They'll be
# used to look up users just like we do for commit author
# emails.
*.go docs@example.com

# Teams can be specified as code owners as well. Teams should
# be identified in the format @org/team-name. Teams must have
# explicit write access to the repository. In this example,
# the octocats team in the octo-org organization owns all .txt files.
*.txt @octo-org/octocats

# In this example, @doctocat owns any files in the build/logs
# directory at the root of the repository and any of its
# subdirectories.
/build/logs/ @doctocat

# The \`docs/*\` pattern will match files like
# \`docs/getting-started.md\` but not further nested files like
# \`docs/build-app/troubleshooting.md\`.
docs/*  docs@example.com

# In this example, @octocat owns any file in an apps directory
# anywhere in your repository.
apps/ @octocat

# In this example, @doctocat owns any file in the \`/docs\`
# directory in the root of your repository and any of its
# subdirectories.
/docs/ @doctocat

# In this example, any change inside the \`/scripts\` directory
# will require approval from @doctocat or @octocat.
/scripts/ @doctocat @octocat

# In this example, @octocat owns any file in a \`/logs\` directory such as
# \`/build/logs\`, \`/scripts/logs\`, and \`/deeply/nested/logs\`. Any changes
# in a \`/logs\` directory will require approval from @octocat.
**/logs @octocat

# In this example, @octocat owns any file in the \`/apps\`
# directory in the root of your repository except for the \`/apps/github\`
# subdirectory, as its owners are left empty.
/apps/ @octocat
/apps/github

# In this example, @octocat owns any file in the \`/apps\`
# directory in the root of your repository except for the \`/apps/github\`
# subdirectory, as this subdirectory has its own owner @doctocat
/apps/ @octocat
/apps/github @doctocat
`;

describe('CODEOWNERS location', () => {
  // "create a new file called CODEOWNERS in the .github/, root, or docs/ directory of the repository
  // [...] If CODEOWNERS files exist in more than one of those locations, GitHub will search for them
  // in that order and use the first one it finds."
  it('searches .github/, then the root, then docs/, and uses the first one found', () => {
    assert.deepEqual([...CODEOWNERS_PATHS], ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']);
    // As the command line reads a folder (the store walks the same list).
    const found = (...present: string[]) => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-codeowners-'));
      try {
        for (const p of present) {
          fs.mkdirSync(path.join(root, path.dirname(p)), { recursive: true });
          fs.writeFileSync(path.join(root, p), '* @a\n');
        }
        return loadCodeowners(root).codeowners?.path ?? null;
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    };
    assert.equal(found('docs/CODEOWNERS', 'CODEOWNERS', '.github/CODEOWNERS'), '.github/CODEOWNERS');
    assert.equal(found('docs/CODEOWNERS', 'CODEOWNERS'), 'CODEOWNERS');
    assert.equal(found('docs/CODEOWNERS'), 'docs/CODEOWNERS');
    assert.equal(found('docs/codeowners', 'src/CODEOWNERS'), null);
  });
});

describe("CODEOWNERS: GitHub's documented example", () => {
  it('reads every rule of the example, with no errors, and keeps the file path', () => {
    const file = read(DOCUMENTED_EXAMPLE);
    assert.equal(file.path, '.github/CODEOWNERS');
    assert.deepEqual(file.errors, []);
    assert.deepEqual(
      file.rules.map((r) => [r.pattern, r.owners]),
      [
        ['*', ['@global-owner1', '@global-owner2']],
        ['*.js', ['@js-owner']],
        ['*.go', ['docs@example.com']],
        ['*.txt', ['@octo-org/octocats']],
        ['/build/logs/', ['@doctocat']],
        ['docs/*', ['docs@example.com']],
        ['apps/', ['@octocat']],
        ['/docs/', ['@doctocat']],
        ['/scripts/', ['@doctocat', '@octocat']],
        ['**/logs', ['@octocat']],
        ['/apps/', ['@octocat']],
        ['/apps/github', []],
        ['/apps/', ['@octocat']],
        ['/apps/github', ['@doctocat']],
      ],
    );
    // Lines are 0-based: `*` is on the 8th line of the file.
    assert.equal(file.rules[0].line, 7);
    assert.equal(DOCUMENTED_EXAMPLE.split('\n')[file.rules[0].line].startsWith('*       @global-owner1'), true);
  });

  // "These owners will be the default owners for everything in the repo."
  it('`*` owns everything, at any depth', () => {
    const text = '*       @global-owner1 @global-owner2';
    for (const path of ['README.md', 'src/index.ts', 'a/b/c/d.txt', '.github/CODEOWNERS'])
      assert.deepEqual(owners(text, path), ['@global-owner1', '@global-owner2'], path);
  });

  // "When someone opens a pull request that only modifies JS files, only @js-owner and not the global owner(s)"
  it('`*.js` takes JS files anywhere from the global owners; the inline comment is not an owner', () => {
    const text = underDefault('*.js    @js-owner #This is an inline comment.');
    assert.deepEqual(owners(text, 'app.js'), ['@js-owner']);
    assert.deepEqual(owners(text, 'src/deep/app.js'), ['@js-owner']);
    assert.deepEqual(owners(text, 'app.ts'), ['@default']);
    assert.deepEqual(owners(text, 'app.json'), ['@default']);
  });

  // "You can also use email addresses if you prefer."
  it('`*.go` is owned by an email address', () => {
    const text = underDefault('*.go docs@example.com');
    assert.deepEqual(owners(text, 'cmd/main.go'), ['docs@example.com']);
    assert.deepEqual(owners(text, 'main.gox'), ['@default']);
    assert.equal(isEmail('docs@example.com'), true);
  });

  // "the octocats team in the octo-org organization owns all .txt files."
  it('`*.txt` is owned by a team', () => {
    const text = underDefault('*.txt @octo-org/octocats');
    assert.deepEqual(owners(text, 'notes/a.txt'), ['@octo-org/octocats']);
    assert.equal(isTeam('@octo-org/octocats'), true);
  });

  // "@doctocat owns any files in the build/logs directory at the root of the repository and any of its subdirectories."
  it('`/build/logs/` owns the files in build/logs at the root and below it, nowhere else', () => {
    const text = underDefault('/build/logs/ @doctocat');
    assert.deepEqual(owners(text, 'build/logs/a.log'), ['@doctocat']);
    assert.deepEqual(owners(text, 'build/logs/2026/05/a.log'), ['@doctocat']);
    assert.deepEqual(owners(text, 'src/build/logs/a.log'), ['@default']);
    assert.deepEqual(owners(text, 'build/a.log'), ['@default']);
    // A trailing slash matches a folder only, not a file of that name.
    assert.deepEqual(owners(text, 'build/logs'), ['@default']);
  });

  // "The `docs/*` pattern will match files like `docs/getting-started.md` but not further nested files
  // like `docs/build-app/troubleshooting.md`."
  it('`docs/*` owns the files directly in docs, not deeper ones', () => {
    const text = underDefault('docs/*  docs@example.com');
    assert.deepEqual(owners(text, 'docs/getting-started.md'), ['docs@example.com']);
    assert.deepEqual(owners(text, 'docs/build-app/troubleshooting.md'), ['@default']);
    // A slash in the middle anchors the pattern at the root.
    assert.deepEqual(owners(text, 'guide/docs/getting-started.md'), ['@default']);
  });

  // "@octocat owns any file in an apps directory anywhere in your repository."
  it('`apps/` owns any file in an apps folder anywhere', () => {
    const text = underDefault('apps/ @octocat');
    assert.deepEqual(owners(text, 'apps/web/index.ts'), ['@octocat']);
    assert.deepEqual(owners(text, 'packages/client/apps/a.ts'), ['@octocat']);
    assert.deepEqual(owners(text, 'apps'), ['@default']);
    assert.deepEqual(owners(text, 'myapps/a.ts'), ['@default']);
    assert.deepEqual(owners(text, 'apps.ts'), ['@default']);
  });

  // "@doctocat owns any file in the `/docs` directory in the root of your repository and any of its subdirectories."
  it('`/docs/` owns docs at the root and below, not a docs folder elsewhere', () => {
    const text = underDefault('/docs/ @doctocat');
    assert.deepEqual(owners(text, 'docs/getting-started.md'), ['@doctocat']);
    assert.deepEqual(owners(text, 'docs/build-app/troubleshooting.md'), ['@doctocat']);
    assert.deepEqual(owners(text, 'guide/docs/a.md'), ['@default']);
  });

  // "any change inside the `/scripts` directory will require approval from @doctocat or @octocat."
  it('`/scripts/` has two owners', () => {
    const text = underDefault('/scripts/ @doctocat @octocat');
    assert.deepEqual(owners(text, 'scripts/deploy.sh'), ['@doctocat', '@octocat']);
    assert.deepEqual(owners(text, 'tools/scripts/deploy.sh'), ['@default']);
  });

  // "@octocat owns any file in a `/logs` directory such as `/build/logs`, `/scripts/logs`, and `/deeply/nested/logs`."
  it('`**/logs` owns any file in a logs folder at any depth', () => {
    const text = underDefault('**/logs @octocat');
    for (const path of ['build/logs/a.log', 'scripts/logs/a.log', 'deeply/nested/logs/a.log', 'logs/a.log'])
      assert.deepEqual(owners(text, path), ['@octocat'], path);
    assert.deepEqual(owners(text, 'build/logsx/a.log'), ['@default']);
    assert.deepEqual(owners(text, 'build/catalogs/a.log'), ['@default']);
  });

  // "@octocat owns any file in the `/apps` directory in the root of your repository except for the
  // `/apps/github` subdirectory, as its owners are left empty."
  it('`/apps/github` with no owners leaves that folder unowned, below an owned /apps/', () => {
    const file = read('/apps/ @octocat\n/apps/github\n');
    assert.deepEqual(file.errors, []);
    assert.deepEqual(ownersOf(file, 'apps/web/index.ts')?.owners, ['@octocat']);
    const unowned = ownersOf(file, 'apps/github/index.ts');
    assert.deepEqual(unowned?.owners, []);
    assert.equal(unowned?.rule.line, 1);
    assert.deepEqual(ownersOf(file, 'apps/github-app/index.ts')?.owners, ['@octocat']);
  });

  // "@octocat owns any file in the `/apps` directory [...] except for the `/apps/github` subdirectory,
  // as this subdirectory has its own owner @doctocat"
  it('`/apps/github @doctocat` gives that folder its own owner below an owned /apps/', () => {
    const text = '/apps/ @octocat\n/apps/github @doctocat\n';
    assert.deepEqual(owners(text, 'apps/github/index.ts'), ['@doctocat']);
    assert.deepEqual(owners(text, 'apps/github/deep/index.ts'), ['@doctocat']);
    assert.deepEqual(owners(text, 'apps/web/index.ts'), ['@octocat']);
  });

  // "Order is important; the last matching pattern takes the most precedence."
  it('in the whole example, the last matching rule wins', () => {
    const file = read(DOCUMENTED_EXAMPLE);
    const owned = (path: string) => {
      const found = ownersOf(file, path);
      return found && { owners: found.owners, pattern: found.rule.pattern };
    };
    // `/docs/` comes after `docs/*` and `*.js`.
    assert.deepEqual(owned('docs/getting-started.md'), { owners: ['@doctocat'], pattern: '/docs/' });
    assert.deepEqual(owned('docs/app.js'), { owners: ['@doctocat'], pattern: '/docs/' });
    // `**/logs` comes after `/build/logs/`.
    assert.deepEqual(owned('build/logs/a.txt'), { owners: ['@octocat'], pattern: '**/logs' });
    // The last `/apps/github` names @doctocat; the earlier one without owners no longer decides.
    assert.deepEqual(owned('apps/github/a.js'), { owners: ['@doctocat'], pattern: '/apps/github' });
    assert.deepEqual(owned('apps/web/a.js'), { owners: ['@octocat'], pattern: '/apps/' });
    assert.deepEqual(owned('src/apps/a.go'), { owners: ['@octocat'], pattern: 'apps/' });
    assert.deepEqual(owned('src/main.go'), { owners: ['docs@example.com'], pattern: '*.go' });
    assert.deepEqual(owned('notes.txt'), { owners: ['@octo-org/octocats'], pattern: '*.txt' });
    assert.deepEqual(owned('src/index.js'), { owners: ['@js-owner'], pattern: '*.js' });
    assert.deepEqual(owned('README.md'), { owners: ['@global-owner1', '@global-owner2'], pattern: '*' });
  });
});

describe('CODEOWNERS patterns (gitignore rules)', () => {
  const matched = (pattern: string, path: string) => owners(`${pattern} @x`, path) !== null;

  it('a name without a slash matches a file or folder of that name at any depth, and what is inside the folder', () => {
    for (const path of ['docs', 'guide/docs', 'docs/a.md', 'guide/docs/a/b.md']) assert.equal(matched('docs', path), true, path);
    for (const path of ['docs.md', 'mydocs/a.md', 'a/docsx']) assert.equal(matched('docs', path), false, path);
  });

  // gitignore: "a pattern doc/frotz/ matches doc/frotz directory, but not a/doc/frotz directory;
  // however frotz/ matches frotz and a/frotz that is a directory"
  it('a slash at the start or in the middle anchors the pattern at the root', () => {
    assert.equal(matched('doc/frotz/', 'doc/frotz/a.txt'), true);
    assert.equal(matched('doc/frotz/', 'a/doc/frotz/a.txt'), false);
    assert.equal(matched('frotz/', 'frotz/a.txt'), true);
    assert.equal(matched('frotz/', 'a/frotz/a.txt'), true);
    assert.equal(matched('/frotz', 'frotz'), true);
    assert.equal(matched('/frotz', 'a/frotz'), false);
    assert.equal(matched('/*', 'README.md'), true);
    assert.equal(matched('/*', 'src/index.ts'), false);
  });

  // gitignore: "A leading "**" followed by a slash means match in all directories. For example,
  // "**/foo" matches file or directory "foo" anywhere, the same as pattern "foo". "**/foo/bar" matches
  // file or directory "bar" anywhere that is directly under directory "foo"."
  it('a leading `**/` matches in all folders', () => {
    for (const path of ['foo', 'a/foo', 'a/b/foo/c.txt']) assert.equal(matched('**/foo', path), matched('foo', path), path);
    assert.equal(matched('**/foo', 'a/b/foo/c.txt'), true);
    for (const path of ['foo/bar', 'a/foo/bar', 'a/b/foo/bar/c.txt']) assert.equal(matched('**/foo/bar', path), true, path);
    for (const path of ['foo/x/bar', 'bar', 'a/bar']) assert.equal(matched('**/foo/bar', path), false, path);
  });

  // gitignore: "A trailing "/**" matches everything inside. For example, "abc/**" matches all files
  // inside directory "abc" [...] with infinite depth."
  it('a trailing `/**` matches everything inside', () => {
    for (const path of ['abc/a.txt', 'abc/x/y/z.txt']) assert.equal(matched('abc/**', path), true, path);
    assert.equal(matched('abc/**', 'abc'), false);
    assert.equal(matched('abc/**', 'x/abc/a.txt'), false);
    assert.equal(matched('/apps/**', 'apps/a/b.ts'), true);
  });

  // gitignore: "A slash followed by two consecutive asterisks then a slash matches zero or more
  // directories. For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on."
  it('a `/**/` in the middle matches zero or more folders', () => {
    for (const path of ['a/b', 'a/x/b', 'a/x/y/b', 'a/x/y/b/c.txt']) assert.equal(matched('a/**/b', path), true, path);
    for (const path of ['x/a/b', 'a/x/bb', 'ab']) assert.equal(matched('a/**/b', path), false, path);
  });

  it('`**` alone and `/**` match every file; stars within a name stay within it', () => {
    for (const path of ['a', 'a/b/c']) {
      assert.equal(matched('**', path), true, path);
      assert.equal(matched('/**', path), true, path);
    }
    // gitignore: "Other consecutive asterisks are considered regular asterisks".
    assert.equal(matched('/a**z', 'abcz'), true);
    assert.equal(matched('/a**z', 'ab/cz'), false);
    assert.equal(matched('/a*z/', 'a/z/x'), false);
  });

  it('`?` matches one character, not a slash', () => {
    assert.equal(matched('/f?o', 'foo'), true);
    assert.equal(matched('/f?o', 'fo'), false);
    assert.equal(matched('/f?o', 'fooo'), false);
    assert.equal(matched('f?o/', 'f/o/a'), false);
  });

  // "CODEOWNERS paths are case sensitive, because GitHub uses a case sensitive file system."
  it('matches case-sensitively', () => {
    assert.equal(matched('/Docs/', 'docs/a.md'), false);
    assert.equal(matched('*.MD', 'README.md'), false);
    assert.equal(matched('/docs/', 'docs/a.md'), true);
  });

  it('a backslash escapes a space, a bracket or a wildcard', () => {
    assert.equal(matched('/My\\ Docs/', 'My Docs/a.md'), true);
    assert.equal(matched('/My\\ Docs/', 'My/a.md'), false);
    assert.equal(matched('pages/\\[org\\]/', 'pages/[org]/index.tsx'), true);
    assert.equal(matched('/f\\*o', 'f*o'), true);
    assert.equal(matched('/f\\*o', 'foo'), false);
    assert.deepEqual(
      read('/My\\ Docs/ @a').rules.map((r) => r.pattern),
      ['/My\\ Docs/'],
    );
  });

  it('a `#` inside a pattern is part of it', () => {
    assert.equal(matched('notes#1.md', 'docs/notes#1.md'), true);
  });

  it('agrees with the same rules written as regular expressions, on small patterns and paths', () => {
    /** The meaning of a pattern as a regular expression (fine on inputs this small). */
    function patternRegExp(pattern: string): RegExp {
      const segs = pattern.split('/');
      const leading = segs.length > 1 && segs[0] === '';
      const trailing = segs.length > 1 && segs[segs.length - 1] === '';
      const names = segs.filter((s) => s !== '');
      const anchored = leading || names.length > 1;
      const glob = (n: string) => n.replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
      let body = anchored ? '' : '(?:[^/]+/)*';
      names.slice(0, -1).forEach((n) => (body += n === '**' ? '(?:[^/]+/)*' : `${glob(n)}/`));
      const last = names[names.length - 1];
      if (last === '**') body += '.+';
      else if (trailing) body += `${glob(last)}/.+`;
      else if (last === '*') body += '[^/]+';
      else body += `${glob(last)}(?:/.+)?`;
      return new RegExp(`^${body}$`);
    }
    const name = fc.constantFrom('a', 'b', 'ab', 'ba');
    const part = fc.constantFrom('a', 'b', 'ab', '*', 'a*', '*b', '?', '**');
    fc.assert(
      fc.property(
        fc.array(part, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(name, { minLength: 1, maxLength: 5 }),
        (parts, leading, trailing, names) => {
          const pattern = `${leading ? '/' : ''}${parts.join('/')}${trailing ? '/' : ''}`;
          const path = names.join('/');
          assert.equal(matched(pattern, path), patternRegExp(pattern).test(path), `${pattern} on ${path}`);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('CODEOWNERS rules', () => {
  it('the last matching rule wins, whatever the earlier ones say', () => {
    assert.deepEqual(owners('*.md @a\ndocs/ @b\n', 'docs/x.md'), ['@b']);
    assert.deepEqual(owners('docs/ @b\n*.md @a\n', 'docs/x.md'), ['@a']);
    assert.deepEqual(owners('docs/ @b\n*.md @a\n', 'docs/x.txt'), ['@b']);
  });

  it('a rule without owners makes the files it matches unowned; no matching rule is null', () => {
    const file = read('* @a\n/vendor/\n');
    assert.deepEqual(ownersOf(file, 'vendor/lib.js'), { owners: [], rule: { pattern: '/vendor/', owners: [], line: 1 } });
    assert.deepEqual(ownersOf(file, 'src/lib.js')?.owners, ['@a']);
    assert.equal(ownersOf(read('/vendor/ @a\n'), 'src/lib.js'), null);
    assert.equal(ownersOf(read(''), 'src/lib.js'), null);
  });

  it('skips comments and blank lines, indented or not', () => {
    const file = read('# owners\n\n   \n  # indented comment\n\t*.md @a\n');
    assert.deepEqual(file.errors, []);
    assert.deepEqual(
      file.rules.map((r) => [r.pattern, r.line]),
      [['*.md', 4]],
    );
  });

  it('an inline comment starts at a word beginning with `#`', () => {
    assert.deepEqual(owners('*.js @a #owned by the web team @b', 'a.js'), ['@a']);
    assert.deepEqual(owners('*.js\t@a\t# comment', 'a.js'), ['@a']);
    assert.deepEqual(owners('*.js #nobody', 'a.js'), []);
    // Inside a word, `#` is not a comment: this owner is not one.
    const file = read('*.js @a#b');
    assert.equal(file.rules.length, 0);
    assert.equal(file.errors.length, 1);
  });

  it('keeps owners as written and tells teams from users and emails', () => {
    assert.deepEqual(owners('* @alice @org/docs-team a.b@example.co.uk', 'x'), ['@alice', '@org/docs-team', 'a.b@example.co.uk']);
    assert.equal(isTeam('@org/docs-team'), true);
    assert.equal(isTeam('@alice'), false);
    assert.equal(isTeam('org/team'), false);
    assert.equal(isEmail('a.b@example.co.uk'), true);
    for (const notEmail of ['@alice', '@org/team', 'alice', 'a@b', 'a@.b', 'a@b.', 'a@b@c.d'])
      assert.equal(isEmail(notEmail), false, notEmail);
  });

  it('reads CRLF line endings and trailing blanks', () => {
    const text = '# team\r\n* @a @b\r\n/apps/github \r\n*.md\t@c\t\r\n';
    const file = read(text);
    assert.deepEqual(file.errors, []);
    assert.deepEqual(
      file.rules.map((r) => [r.pattern, r.owners, r.line]),
      [
        ['*', ['@a', '@b'], 1],
        ['/apps/github', [], 2],
        ['*.md', ['@c'], 3],
      ],
    );
  });

  it('reads a file that starts with a byte order mark', () => {
    assert.deepEqual(owners('\uFEFF* @a', 'x.md'), ['@a']);
  });
});

describe('CODEOWNERS lines GitHub skips', () => {
  /** The one error of a file, as [line, column, endColumn], and the rules that were kept. */
  function skipped(text: string) {
    const file = read(text);
    assert.equal(file.errors.length, 1, JSON.stringify(file.errors));
    const [e] = file.errors;
    return { at: [e.line, e.column, e.endColumn], message: e.message, patterns: file.rules.map((r) => r.pattern) };
  }

  // "There are some syntax rules for gitignore files that do not work in CODEOWNERS files: Escaping a
  // pattern starting with # using \ so it is treated as a pattern and not a comment; Using ! to negate
  // a pattern; Using [ ] to define a character range"
  it('escaping a leading `#` with `\\`', () => {
    const result = skipped('* @a\n\\#notes.md @b\n');
    assert.deepEqual(result.at, [1, 0, 2]);
    assert.match(result.message, /escaping a leading "#"/);
    assert.deepEqual(result.patterns, ['*']);
    assert.deepEqual(ownersOf(read('* @a\n\\#notes.md @b\n'), '#notes.md')?.owners, ['@a']);
  });

  it('`!` to negate a pattern', () => {
    const result = skipped('* @a\n  !docs/ @b\n');
    assert.deepEqual(result.at, [1, 2, 3]);
    assert.match(result.message, /negation/);
    assert.deepEqual(result.patterns, ['*']);
    const file = read('* @a\n!docs/ @b\n');
    assert.deepEqual(ownersOf(file, 'docs/a.md')?.owners, ['@a']);
  });

  it('`[ ]` character ranges', () => {
    const result = skipped('Python/ceval*.[ch] @markshannon\n*.md @a\n');
    assert.deepEqual(result.at, [0, 14, 15]);
    assert.match(result.message, /character ranges/);
    assert.deepEqual(result.patterns, ['*.md']);
  });

  // GitHub's error for `* user`: "Invalid owner on line 7"; "If any line in your CODEOWNERS file
  // contains invalid syntax, that line will be skipped."
  it('a word that is not an owner', () => {
    const result = skipped('* @a\ndocs/ @b user\n');
    assert.deepEqual(result.at, [1, 9, 13]);
    assert.match(result.message, /"user" is not an owner/);
    assert.deepEqual(result.patterns, ['*']);
  });

  // GitHub's suggestion: "The pattern `/` will never match anything, did you mean `*` instead?"
  it('a pattern that matches nothing', () => {
    const result = skipped('/ @a\n');
    assert.deepEqual(result.at, [0, 0, 1]);
    assert.match(result.message, /never matches anything/);
  });

  it('a pattern that ends with an escaping backslash', () => {
    const result = skipped('docs\\');
    assert.deepEqual(result.at, [0, 4, 5]);
  });

  it('a name with both an escaped and a real wildcard', () => {
    const result = skipped('src/a\\*b* @a');
    assert.deepEqual(result.at, [0, 4, 9]);
    assert.deepEqual(result.patterns, []);
  });
});

describe('CODEOWNERS bounds', () => {
  it(`does not read lines longer than ${MAX_LINE_LENGTH} characters`, () => {
    const longest = `/a @b #${'c'.repeat(MAX_LINE_LENGTH - 7)}`;
    assert.equal(longest.length, MAX_LINE_LENGTH);
    const file = read(`* @a\n${longest}x\n${longest}\n`);
    assert.deepEqual(
      file.errors.map((e) => [e.line, e.column, e.endColumn]),
      [[1, 0, MAX_LINE_LENGTH + 1]],
    );
    assert.deepEqual(
      file.rules.map((r) => r.line),
      [0, 2],
    );
  });

  it(`does not read patterns longer than ${MAX_PATTERN_LENGTH} characters`, () => {
    const longest = `/${'a'.repeat(MAX_PATTERN_LENGTH - 1)}`;
    const file = read(`${longest} @a\n${longest}b @b\n`);
    assert.deepEqual(
      file.errors.map((e) => [e.line, e.column, e.endColumn, e.message]),
      [[1, 0, MAX_PATTERN_LENGTH + 1, `Patterns longer than ${MAX_PATTERN_LENGTH} characters are not read.`]],
    );
    assert.deepEqual(
      file.rules.map((r) => r.owners),
      [['@a']],
    );
  });

  it(`keeps the first ${MAX_OWNERS_PER_RULE} owners of a line`, () => {
    const many = Array.from({ length: MAX_OWNERS_PER_RULE + 5 }, (_, i) => `@user${i}`);
    const file = read(`* ${many.join(' ')}`);
    assert.deepEqual(file.rules[0].owners, many.slice(0, MAX_OWNERS_PER_RULE));
    assert.equal(file.errors.length, 1);
    assert.equal(file.errors[0].column, `* ${many.slice(0, MAX_OWNERS_PER_RULE).join(' ')} `.length);
  });

  // "CODEOWNERS files must be under 3 MB in size. A CODEOWNERS file over this limit will not be loaded"
  it('does not read a file of 3 MB or more', () => {
    assert.equal(MAX_CODEOWNERS_BYTES, 3 * 1024 * 1024);
    const line = '* @a\n';
    const file = read(line.repeat(Math.ceil(MAX_CODEOWNERS_BYTES / line.length)));
    assert.deepEqual(file.rules, []);
    assert.equal(file.errors.length, 1);
    assert.equal(read(line.repeat(1000)).rules.length, 1000);
  });

  it('matches hostile patterns in time bounded by the pattern and the path, not exponential', () => {
    // Backtracking on `*a*a*a…` against a long run of `a`s without the final `b` would never end.
    const stars = `/${'*a'.repeat((MAX_PATTERN_LENGTH - 3) / 2)}*b`;
    const file = read(`${stars} @x`);
    assert.deepEqual(file.errors, []);
    assert.equal(ownersOf(file, 'a'.repeat(5000)), null);
    assert.deepEqual(ownersOf(file, `${'a'.repeat(5000)}b`)?.owners, ['@x']);
    // A rule made by hand, longer than a line of the file may be.
    const handMade: Codeowners = { path: 'CODEOWNERS', rules: [{ pattern: '*a'.repeat(3000), owners: ['@y'], line: 0 }], errors: [] };
    assert.equal(ownersOf(handMade, `docs/${'a'.repeat(5000)}b`), null);
    // Many `**` against many folders: the parts reached are a set, not a tree of choices.
    const folders = read(`${'**/a/'.repeat(100)}b @z`);
    assert.deepEqual(folders.errors, []);
    assert.equal(ownersOf(folders, `${'a/'.repeat(3000)}c`), null);
    // The largest file of the longest patterns: each path is still matched in well under a second.
    const wide = read(`${stars} @x\n`.repeat(Math.floor(MAX_CODEOWNERS_BYTES / (stars.length + 4)) - 1));
    assert.equal(ownersOf(wide, `docs/${'a'.repeat(200)}`), null);
    assert.deepEqual(ownersOf(folders, `${'a/'.repeat(3000)}b`)?.owners, ['@z']);
  });
});
