/** The search shard plan of this build: the catalogue and `GONGKAI_SEARCH_SHARD_UNIT_YEARS` (see core/search-shards.ts). */
import { availableParallelism } from 'node:os';
import { planSearchShards, shardBudget, shardConcurrency, type SearchShardPlan } from '../core/search-shards.ts';

/** Unit-years per search shard for this build (environment, else the default). */
export const searchShardBudget = (): number => shardBudget(process.env.GONGKAI_SEARCH_SHARD_UNIT_YEARS);

/** Shards indexed at once for this build (environment, else two or one per core, whichever is fewer). */
export const searchConcurrency = (): number => shardConcurrency(process.env.GONGKAI_SEARCH_CONCURRENCY, availableParallelism());

export function searchShardPlan(catalogue: Parameters<typeof planSearchShards>[0]): SearchShardPlan {
	return planSearchShards(catalogue, searchShardBudget());
}
