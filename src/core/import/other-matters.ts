/** 十、其他重要事项 (Shanghai: 十 预算绩效管理 + 十一 其他重要事项): 机关运行经费, 政府采购, 国有资产, 绩效管理. */
import { put, putText } from './draft.ts';
import { lineAt } from './text.ts';
import { all, first, placeChange, placeFirst, placeShared, within, type Scope } from './match.ts';

const K = ['otherMatters'] as const;
/** Vehicle uses as listed after 其中 ("主要负责人用车0辆、机要通信用车0辆…"; Shanghai adds 部级领导干部用车…). */
const USES = '(?<=^|[：:、，,])([^、，,：:。；0-9]{2,14}用车)';

export function readOtherMatters(scope: Scope): void {
	const costs = placeFirst(scope, [...K, 'operatingCosts', 'amount'], '机关运行经费(?:支出)?(?:为)?NUM万元');
	if (costs)
		placeChange(within(scope, costs.end, first(within(scope, costs.end), '[（(][二三四五][）)]')?.at ?? scope.end), [
			...K,
			'operatingCosts',
			'change',
		]);

	const p = [...K, 'procurement'] as const;
	if (placeFirst(scope, [...p, 'total'], '政府采购(?:支出总额|金额)(?:[（(][^）)]*[）)])?(?:为)?NUM万元')) {
		placeFirst(scope, [...p, 'goods'], '(?:政府采购货物支出|货物采购金额)(?:为)?NUM万元');
		placeFirst(scope, [...p, 'works'], '(?:政府采购工程支出|工程采购金额)(?:为)?NUM万元');
		placeFirst(scope, [...p, 'services'], '(?:政府采购服务支出|服务采购金额)(?:为)?NUM万元');
		// "政府采购货物支出9.95万元，采购台式电脑12台，笔记本电脑1台，复印机1台。"
		const goods = first(scope, '政府采购货物支出(?:为)?NUM万元[，,]采购');
		if (goods) {
			const end = first(within(scope, goods.end), '。')?.at ?? scope.end;
			all(within(scope, goods.end, end), '([^，,、。：:0-9]{1,10}?)NUM(台|辆|套|件|个)').forEach((h, i) => {
				putText(scope.draft, [...p, 'quantities', i, 'item'], h.m[1]);
				put(scope.draft, [...p, 'quantities', i, 'count'], h.num(2));
				putText(scope.draft, [...p, 'quantities', i, 'unit'], h.m[3]);
			});
		}
		placeShared(scope, [...p, 'sme'], '授予中小企业合同(?:金额)?(?:为)?');
		placeShared(scope, [...p, 'smallMicro'], '授予小微企业合同(?:金额)?(?:为)?');
	}

	const a = [...K, 'assets'] as const;
	const vehicles = placeFirst(scope, [...a, 'vehicles'], '共有车辆NUM辆');
	if (vehicles) {
		putText(scope.draft, [...a, 'asOf'], first(within(scope, vehicles.at - 60, vehicles.at), '截至([^，,。]*?日)')?.m[1]);
		const end = first(within(scope, vehicles.end), '。')?.at ?? scope.end;
		all(within(scope, vehicles.end, end), `${USES}NUM辆`).forEach((h, i) => {
			putText(scope.draft, [...a, 'vehiclesByUse', i, 'use'], h.m[1]);
			put(scope.draft, [...a, 'vehiclesByUse', i, 'count'], h.num(2));
		});
	}
	// "单价100万元以上专用设备（不含车辆）0台（套）": the template's bracket may stand between the name and the count.
	placeFirst(scope, [...a, 'generalEquipmentOver50'], '单价50万元(?:（含）)?以上(?:的)?通用设备(?:[（(]不含车辆[）)])?NUM台');
	placeFirst(scope, [...a, 'specialEquipmentOver100'], '单价100万元(?:（含）)?以上(?:的)?专用设备(?:[（(]不含车辆[）)])?NUM台');
	// "本中心无公务车辆，无单价50万元以上通用设备": the document states 0 in words.
	for (const [key, words] of [
		['vehicles', '(?:公务)?车辆'],
		['generalEquipmentOver50', '单价50万元(?:（含）)?以上(?:的)?通用设备'],
		['specialEquipmentOver100', '单价100万元(?:（含）)?以上(?:的)?专用设备'],
	] as const) {
		const none = first(scope, `(?<=^|[，,。；;：:]|本中心|本单位|本部门)无${words}(?=[，,。；;]|$)`);
		if (none) put(scope.draft, [...a, key], { value: 0, printed: '无', offset: none.at, line: lineAt(scope.src, none.at) });
	}
	placeFirst(scope, [...a, 'equipmentOver100'], '单价100万元（含）以上设备（不含车辆）NUM台');

	const f = [...K, 'performance'] as const;
	const prior = placeFirst(scope, [...f, 'priorAssessment'], 'NUM个项目开展了?(?:预算)?事前绩效评估');
	placeFirst(scope, [...f, 'targetsSet'], '(?:对(?:上述)?NUM个项目编制了?绩效目标|编报绩效目标的(?:\\d{4}年度)?项目NUM个)');
	placeFirst(scope, [...f, 'monitored'], '(?:(?:选取|对(?:上述)?)NUM个项目开展(?:了)?绩效监控|绩效跟踪评价的(?:\\d{4}年度)?项目NUM个)');
	placeFirst(scope, [...f, 'selfEvaluated'], '(?:对(?:上述)?NUM个项目开展(?:了)?绩效自评|绩效自评的(?:\\d{4}年度)?项目NUM个)');
	// "其中，部门整体（含部门预算项目）绩效自评得分为90分，…。“…”预算项目绩效自评得分为90分": subject and score, in
	// the order printed; the subject is the words from the last punctuation mark before 绩效自评得分.
	all(scope, '(?<=[，,。；;：:])([^，,。；;：:]{2,40}?)绩效自评得分(?:为)?NUM分').forEach((h, i) => {
		putText(scope.draft, [...f, 'scores', i, 'subject'], h.m[1]);
		put(scope.draft, [...f, 'scores', i, 'score'], h.num(2));
	});
	if (prior) {
		const names = first(within(scope, prior.at - 300, prior.at + 1), '组织对((?:[^、，。]+、)*[^、，。]+?)NUM个项目开展');
		names?.m[1]!.split('、').forEach((name, i) => putText(scope.draft, [...f, 'projects', i], name));
	}
}
