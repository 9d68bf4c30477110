/**
 * The bench's arithmetic, kept pure so it is tested: the growth exponent of a cost over N (the slope of a
 * least-squares line through log N, log cost) and the budgets of issue 13 item 7 (`--assert`).
 */

/** What one bench run reports (the `--json` line). Browser figures are null when skipped (`--quick`, `--scaling`). */
export interface BenchResult {
	unitYears: number;
	pages: number;
	seconds: number;
	peakMiB: number;
	/** Bare Astro + Pagefind over the same pages and text: what a plain documentation site costs. */
	baselineSeconds: number;
	baselinePeakMiB: number;
	/**
	 * False when the baseline did not fit this machine: it was stopped when its memory passed the cap
	 * (`--baseline-cap-mib`), so its seconds and peak are lower bounds of what it would cost.
	 */
	baselineComplete: boolean;
	/**
	 * When the baseline was stopped: the pages of the largest part of it (every 2nd, 4th… page) that was built whole.
	 * Indexing more pages takes no less time or memory, so the baseline's figures are then the larger of the stopped
	 * run's and this part's. Null when the baseline finished or no part fitted.
	 */
	baselinePartPages: number | null;
	bareAstroSeconds: number;
	bareAstroPeakMiB: number;
	distMiB: number;
	searchIndexMiB: number;
	firstSearchKiB: number | null;
	/** `--rebuild`: the build again after one figure of one unit-year changed (incremental), and its share of the full build. */
	rebuildSeconds: number | null;
	rebuildRatio: number | null;
}

/** The budgets: time and memory against the Astro + Pagefind baseline, memory absolutely from 5,000 on, and a rebuild after one change. */
export const BUDGETS = { timeRatio: 3, memoryRatio: 2, absoluteFromUnitYears: 5000, absolutePeakMiB: 6 * 1024, rebuildRatio: 0.25 };

/** Exponent b of cost ≈ a·N^b fitted through the points (N, cost); needs two distinct N. */
export function growthExponent(points: readonly { n: number; value: number }[]): number {
	const xs = points.map((p) => Math.log(p.n));
	const ys = points.map((p) => Math.log(p.value));
	const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
	const my = ys.reduce((a, b) => a + b, 0) / ys.length;
	const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
	if (points.some((p) => !(p.n > 0 && p.value > 0)) || sxx === 0) throw new Error('增长指数需要至少两个不同的规模，且数值为正');
	return xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / sxx;
}

/**
 * The budgets a run breaks, each as a Chinese sentence naming the budget and both figures; [] when within. Against a
 * baseline that was stopped (`baselineComplete` false) only what its lower bounds prove counts as within: the
 * build is within 3× its time if it is within 3× the lower bound of the baseline's time, and so on.
 */
export function budgetViolations(r: BenchResult): string[] {
	const out: string[] = [];
	const timeRatio = r.seconds / r.baselineSeconds;
	const memoryRatio = r.peakMiB / r.baselinePeakMiB;
	const atLeast = r.baselineComplete ? '' : '至少 ';
	const part = r.baselinePartPages ? `：取中止前所用与只建其中 ${r.baselinePartPages} 个页面时所用之较大者` : '';
	const stopped = r.baselineComplete ? '' : `（基线内存超过上限而中止，用时和内存只知下限${part}，不能证明达到）`;
	if (timeRatio > BUDGETS.timeRatio) {
		out.push(
			`构建用时预算（≤ ${BUDGETS.timeRatio} 倍 Astro + Pagefind 基线）未达到：${r.unitYears} 个单位年度用时 ${r.seconds.toFixed(1)} 秒，基线 ${atLeast}${r.baselineSeconds.toFixed(1)} 秒，为 ${timeRatio.toFixed(2)} 倍${stopped}`,
		);
	}
	if (memoryRatio > BUDGETS.memoryRatio) {
		out.push(
			`峰值内存预算（≤ ${BUDGETS.memoryRatio} 倍 Astro + Pagefind 基线）未达到：${r.unitYears} 个单位年度峰值 ${r.peakMiB.toFixed(0)} MiB，基线 ${atLeast}${r.baselinePeakMiB.toFixed(0)} MiB，为 ${memoryRatio.toFixed(2)} 倍${stopped}`,
		);
	}
	if (r.unitYears >= BUDGETS.absoluteFromUnitYears && r.peakMiB > BUDGETS.absolutePeakMiB) {
		out.push(
			`峰值内存上限（${BUDGETS.absoluteFromUnitYears} 个单位年度起 ≤ 6 GB）未达到：${r.unitYears} 个单位年度峰值 ${r.peakMiB.toFixed(0)} MiB`,
		);
	}
	if (r.rebuildRatio !== null && r.unitYears >= BUDGETS.absoluteFromUnitYears && r.rebuildRatio > BUDGETS.rebuildRatio) {
		out.push(
			`增量构建预算（${BUDGETS.absoluteFromUnitYears} 个单位年度起，改动一个数字后重建 ≤ 完整构建的 ${BUDGETS.rebuildRatio}）未达到：${r.unitYears} 个单位年度重建 ${r.rebuildSeconds} 秒，完整构建 ${r.seconds} 秒，为 ${r.rebuildRatio.toFixed(2)}`,
		);
	}
	return out;
}

/** `--scaling` without a list runs these sizes. */
export const SCALING_SIZES = [1000, 2000, 5000];

/** Reads `--scaling [100,200,400]`: the given sizes, or the default ones when the next argument is another flag. */
export function scalingSizes(value: string | undefined): number[] {
	if (value === undefined || value.startsWith('--')) return SCALING_SIZES;
	const sizes = value.split(',').map(Number);
	if (sizes.length < 2 || sizes.some((n) => !Number.isInteger(n) || n < 1))
		throw new Error(`--scaling 后应为至少两个正整数，以逗号分隔（如 100,200,400），而不是“${value}”`);
	return sizes;
}
