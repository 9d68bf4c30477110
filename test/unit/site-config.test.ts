/** Footer configuration: defaults, environment overrides, and the 公安备案 lookup link. */
import { expect, test } from 'vitest';
import { DEFAULTS, resolveSiteConfig } from '../../src/site.config.ts';

test('without environment the defaults apply and no filing number is invented', () => {
	const c = resolveSiteConfig({});
	expect(c.name).toBe(DEFAULTS.name);
	expect(c.footer).toEqual({ siteCode: undefined, icp: undefined, policeRecord: undefined, contact: undefined });
});

test('a deployment overrides every value through the environment; blanks are ignored', () => {
	const c = resolveSiteConfig({
		GONGKAI_SITE_NAME: '乐山市五通桥区财政局 预算公开',
		GONGKAI_BUREAU: '乐山市五通桥区财政局',
		GONGKAI_SITE_CODE: '5111120001',
		GONGKAI_ICP: '蜀ICP备12345678号-1',
		GONGKAI_POLICE_RECORD: '川公网安备 51111202000001号',
		GONGKAI_CONTACT: '  ',
	});
	expect(c.name).toBe('乐山市五通桥区财政局 预算公开');
	expect(c.bureau).toBe('乐山市五通桥区财政局');
	expect(c.footer.siteCode).toBe('5111120001');
	expect(c.footer.icp).toEqual({ text: '蜀ICP备12345678号-1', href: 'https://beian.miit.gov.cn/' });
	expect(c.footer.policeRecord?.href).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=51111202000001');
	expect(c.footer.contact).toBeUndefined();
});
