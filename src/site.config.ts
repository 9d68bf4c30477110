/**
 * Who publishes the site and the filing numbers a government website must show in its footer. Edit the
 * defaults here, or override any value for one deployment with the environment variables named below
 * (read at build time). Empty values are not shown.
 */
import { zhCN } from './i18n/zh-CN.ts';

export interface FilingLink {
	/** The number as it must be printed, e.g. “蜀ICP备12345678号-1”. */
	text: string;
	/** Where it links: the filing authority's lookup page. */
	href: string;
}

export interface SiteConfig {
	/** Site name in the header and page titles. Env: GONGKAI_SITE_NAME. */
	name: string;
	/** 主办单位, usually the finance bureau. Env: GONGKAI_BUREAU. */
	bureau?: string;
	/** The licence of the open data (/data/), shown on /about/. Env: GONGKAI_DATA_LICENCE (+ GONGKAI_DATA_LICENCE_URL). */
	dataLicence: FilingLink;
	footer: {
		/** 网站标识码 (政府网站, 10 位). Env: GONGKAI_SITE_CODE. */
		siteCode?: string;
		/** ICP 备案号, linking to beian.miit.gov.cn. Env: GONGKAI_ICP. */
		icp?: FilingLink;
		/** 公安机关备案号 (“川公网安备 51010402000000号”), linking to the record. Env: GONGKAI_POLICE_RECORD. */
		policeRecord?: FilingLink;
		/** 联系方式 (电话、邮箱或地址), one line. Env: GONGKAI_CONTACT. */
		contact?: string;
	};
}

type Env = Record<string, string | undefined>;

const nonEmpty = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

/** The filing number's digits make the 公安备案 lookup link, as beian.mps.gov.cn expects. */
export function policeRecordLink(text: string): FilingLink {
	const code = text.replace(/\D/g, '');
	return { text, href: `https://beian.mps.gov.cn/#/query/webSearch?code=${code}` };
}

/** Builds the configuration from defaults and the environment (pure: pass `process.env` or a test object). */
export function resolveSiteConfig(env: Env, defaults: SiteConfig = DEFAULTS): SiteConfig {
	const icp = nonEmpty(env.GONGKAI_ICP);
	const police = nonEmpty(env.GONGKAI_POLICE_RECORD);
	return {
		name: nonEmpty(env.GONGKAI_SITE_NAME) ?? defaults.name,
		bureau: nonEmpty(env.GONGKAI_BUREAU) ?? defaults.bureau,
		dataLicence: nonEmpty(env.GONGKAI_DATA_LICENCE)
			? { text: nonEmpty(env.GONGKAI_DATA_LICENCE)!, href: nonEmpty(env.GONGKAI_DATA_LICENCE_URL) ?? '' }
			: defaults.dataLicence,
		footer: {
			siteCode: nonEmpty(env.GONGKAI_SITE_CODE) ?? defaults.footer.siteCode,
			icp: icp ? { text: icp, href: 'https://beian.miit.gov.cn/' } : defaults.footer.icp,
			policeRecord: police ? policeRecordLink(police) : defaults.footer.policeRecord,
			contact: nonEmpty(env.GONGKAI_CONTACT) ?? defaults.footer.contact,
		},
	};
}

/** Defaults for this repository's demonstration site: no filing numbers (a real deployment sets them). */
export const DEFAULTS: SiteConfig = {
	name: zhCN['site.name'],
	bureau: undefined,
	// Public-sector disclosures republished as data: reuse with attribution, the usual open-data terms.
	dataLicence: { text: '知识共享署名 4.0 国际许可协议（CC BY 4.0）', href: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans' },
	footer: {},
};

/** The configuration the site is built with. */
export const siteConfig: SiteConfig = resolveSiteConfig(typeof process === 'undefined' ? {} : process.env);
