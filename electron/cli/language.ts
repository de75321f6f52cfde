import { Language, languageOfLocale } from '../../shared/domain';
import { translate, type MessageKey, type MessageValues } from '../../shared/i18n';

/**
 * The system's language: Chinese when the locale variables (in POSIX order of precedence) or,
 * failing them, the runtime's locale say zh.
 */
export function systemLanguage(env: NodeJS.ProcessEnv, runtimeLocale = Intl.DateTimeFormat().resolvedOptions().locale): Language {
  return languageOfLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || runtimeLocale);
}

/**
 * The one language the command line speaks for `argv`: its `--lang` when that names a language,
 * else the system's. Never throws, so even a bad `--lang` is refused in a language the user reads.
 */
export function cliLanguage(argv: readonly string[], env: NodeJS.ProcessEnv, runtimeLocale?: string): Language {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = at < 0 ? undefined : argv[at] === '--lang' ? argv[at + 1] : argv[at].slice('--lang='.length);
  const parsed = Language.safeParse(value);
  return parsed.success ? parsed.data : systemLanguage(env, runtimeLocale);
}

/** A sentence of the catalogue as one printed line. */
export function line(language: Language, key: MessageKey, values?: MessageValues): string {
  return `${translate(language, key, values)}\n`;
}
