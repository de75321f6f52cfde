import type { Handlers } from '../../shared/api/contract';
import type { Repos } from './db/repos';
import { importTerritories, removeTerritory, saveTerritory } from './services/territory-service';

type TerritoryMethod = 'territories.list' | 'territories.import' | 'territories.save' | 'territories.remove';

/** Team and officer territories (issue 20). */
export function createTerritoryHandlers(repos: Repos): Pick<Handlers, TerritoryMethod> {
  return {
    'territories.list': () => repos.territories.list(),
    'territories.import': (file) => importTerritories(repos, file),
    'territories.save': (territory) => saveTerritory(repos, territory),
    'territories.remove': ({ id }) => ({ removed: removeTerritory(repos, id) }),
  };
}
