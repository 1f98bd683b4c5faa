// ESLint 9 flat config.
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const SOURCE_FILES = '**/*.{js,mjs,cjs,ts,mts,cts,jsx,tsx}';
const EXT = '{js,jsx,ts,tsx}';

// Architecture boundaries are enforced with plain `no-restricted-imports` regex patterns.
// The project uses relative imports only (no path aliases), so a pattern can only tell where an
// import points if it knows how deep the importing file sits. We therefore generate one override
// per folder depth: for a file N folders below `src/lib/`, `../` repeated N + 1 times is `src/`.
const MAX_DEPTH = 8;
const ups = (count) => `(\\.\\./){${count}}`;
const filesAtDepth = (root, depth) => [`${root}/${'*/'.repeat(depth)}*.${EXT}`];

/** `src/lib/**` and `src/components/**` are shared layers: they must not depend on features or the app shell. */
function sharedLayerBoundaries(layer) {
  return Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => ({
    name: `boundaries/${layer}/depth-${depth}`,
    files: filesAtDepth(`src/${layer}`, depth),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^${ups(depth + 1)}(features|app)(/|$)`,
              message: `src/${layer} is a shared layer: it must not import from src/features or src/app. Move the shared code down into src/lib or src/components.`,
            },
            {
              regex: '(^|/)src/(features|app)(/|$)',
              message: `src/${layer} must not import from src/features or src/app.`,
            },
          ],
        },
      ],
    },
  }));
}

/**
 * A file N folders below `src/features/<feature>/` reaches the features folder with `../` repeated
 * N + 1 times; any import that goes exactly that far up and then down into a folder is a sibling
 * feature. `../` repeated N + 2 times followed by `features/` is the same thing spelled differently.
 * Import your own feature's code with paths that stay inside it (`./x`, `../x` below the feature root).
 */
function featureBoundaries() {
  return Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => ({
    name: `boundaries/features/depth-${depth}`,
    files: filesAtDepth('src/features/*', depth),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^${ups(depth + 1)}(?!\\.\\.?(/|$))[^/]+`,
              message:
                'A feature must not import from another feature. Move shared code to src/lib or src/components, or compose the features in src/app.',
            },
            {
              regex: `^${ups(depth + 2)}features(/|$)`,
              message:
                'A feature must not import from another feature. Move shared code to src/lib or src/components, or compose the features in src/app.',
            },
            {
              regex: '(^|/)src/features(/|$)',
              message: 'A feature must not import from another feature (or through the src/features path).',
            },
          ],
        },
      ],
    },
  }));
}

export default defineConfig([
  globalIgnores(['dist/', 'dist-*/', 'node_modules/', 'coverage/', 'screenshots/', 'test-results/']),

  { name: 'app/files', files: [SOURCE_FILES] },

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    name: 'app/typescript',
    files: [SOURCE_FILES],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML is not allowed: render text through React (and i18next) instead.',
        },
      ],
    },
  },

  {
    ...reactHooks.configs.flat.recommended,
    name: 'react-hooks/recommended',
    files: ['**/*.{jsx,tsx,ts}'],
  },

  ...pluginQuery.configs['flat/recommended'],

  ...sharedLayerBoundaries('lib'),
  ...sharedLayerBoundaries('components'),
  ...featureBoundaries(),
]);
