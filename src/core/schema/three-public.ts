/** 财政拨款“三公”经费 (section 七): total, its three parts and the counts printed with them. */
import { z } from 'astro/zod';
import { change, count, isoDate, percent, text, wan, yuan } from './primitives.ts';

/** What every part of 三公 prints: amount, share of the 三公 total, completion of budget, change. */
const partBase = {
	amount: wan.describe('决算数（万元）'),
	share: percent.optional().describe('占“三公”经费的比例（%）'),
	budget: wan.optional().describe('预算数（万元）'),
	completion: percent.optional().describe('完成预算（%）'),
	change: change.optional().describe('与上年相比'),
	note: z.string().optional().describe('原文说明'),
};

const vehiclesByType = z.array(
	z.strictObject({
		type: text.describe('车型：轿车、越野车、载客汽车…'),
		count: count,
		amount: wan.optional().describe('购置金额（万元）'),
	}),
);

/** One 接待 the text itemises (003 lists six, in 元). */
const receptionEvent = z.strictObject({
	date: isoDate.optional(),
	description: text,
	amountYuan: yuan.describe('金额（元）'),
});

const reception = z.strictObject({
	amount: wan,
	batches: count.optional().describe('批次'),
	persons: count.optional().describe('人次（不包括陪同人员）'),
	events: z.array(receptionEvent).default([]).describe('逐次'),
	note: z.string().optional(),
});

export const threePublic = z.strictObject({
	total: wan.describe('“三公”经费财政拨款支出决算（万元）'),
	budget: wan.optional().describe('预算数（万元）'),
	completion: percent.optional().describe('完成预算（%）'),
	change: change.optional(),
	explanation: z.string().optional().describe('决算数与预算数差异的原因'),
	outbound: z
		.strictObject({
			...partBase,
			groups: count.optional().describe('因公出国（境）团组数'),
			persons: count.optional().describe('出国（境）人次'),
		})
		.optional()
		.describe('因公出国（境）费'),
	vehicles: z
		.strictObject({
			...partBase,
			purchase: z
				.strictObject({ amount: wan, count: count.optional(), byType: vehiclesByType.default([]) })
				.optional()
				.describe('公务用车购置'),
			operation: z.strictObject({ amount: wan, note: z.string().optional() }).optional().describe('公务用车运行维护'),
			fleet: z
				.strictObject({ asOf: z.string().optional(), total: count, byType: vehiclesByType.default([]) })
				.optional()
				.describe('年末公务用车保有量'),
		})
		.optional()
		.describe('公务用车购置及运行维护费'),
	reception: z
		.strictObject({
			...partBase,
			domestic: reception.optional().describe('国内公务接待'),
			foreign: reception.optional().describe('外事接待'),
		})
		.optional()
		.describe('公务接待费'),
});
