import { RouterKind, TravelSettings } from '../../../shared/domain';
import { usageError } from '../errors';

/**
 * `--router KIND [--router-url URL]` as the router for one run (issue 20), or undefined when
 * neither is given. A road router needs its address; `straight` needs none.
 */
export function routerFlags(router: string | undefined, url: string | undefined): Partial<TravelSettings> | undefined {
  if (router === undefined && url === undefined) return undefined;
  const kind = RouterKind.safeParse(router);
  if (!kind.success) throw usageError('cli.badRouter', { value: router ?? '' });
  if (kind.data === 'straight') return { router: 'straight', url: '' };
  const checked = TravelSettings.safeParse({ router: kind.data, url: url ?? '' });
  if (!checked.success || !url) throw usageError('cli.routerNeedsUrl', { router: kind.data, value: url ?? '' });
  return { router: kind.data, url: checked.data.url };
}
