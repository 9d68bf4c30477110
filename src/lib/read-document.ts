/**
 * Reads a published document for the importer: a `.txt` (strict UTF-8) or the text layer of a `.pdf`. Anything
 * else is refused with a Chinese message naming the file and what to do, before anything is written.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { LayoutLine } from '../core/import/layout.ts';

export class DocumentError extends Error {}

export interface ReadDocument {
	kind: 'txt' | 'pdf';
	text: string;
	/** The original bytes (kept beside the entry when the input is a PDF). */
	bytes: Uint8Array;
	pages?: number;
	/** A PDF's words with their positions, line by line (the importer reads table columns by them). */
	layout?: LayoutLine[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads and decodes; throws DocumentError with a message for the clerk. */
export async function readDocument(file: string): Promise<ReadDocument> {
	const name = basename(file);
	if (!existsSync(file) || !statSync(file).isFile()) throw new DocumentError(`找不到文件 ${file}。请检查路径。`);
	const bytes = new Uint8Array(readFileSync(file));
	const ext = extname(file).toLowerCase();
	if (ext === '.pdf') return readPdf(name, bytes);
	if (ext !== '.txt')
		throw new DocumentError(`${name}：只能导入 .pdf（公开的原件）或 .txt（从原件提取的文字）；请把文件另存为这两种格式之一。`);
	// A PDF saved with a .txt name is still a PDF.
	if (bytes.length >= 5 && bytes.subarray(0, 5).every((b, i) => b === '%PDF-'.charCodeAt(i))) return readPdf(name, bytes);
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		throw new DocumentError(
			`${name} 不是 UTF-8 编码的文本（很可能是 GBK）。请用记事本或 WPS“另存为”UTF-8 编码，或运行 iconv -f GBK -t UTF-8 ${name} > 新文件.txt，再导入新文件。未写入任何内容。`,
		);
	}
	if (text.includes('\u0000'))
		throw new DocumentError(`${name} 含有二进制内容，不是文本文件。请导入 PDF 原件，或用 pdftotext 提取文字后再导入。未写入任何内容。`);
	if (!text.replace(/^\ufeff/, '').trim())
		throw new DocumentError(`${name} 是空文件。请放入从公开原件提取的全部文字后再导入。未写入任何内容。`);
	return { kind: 'txt', text, bytes };
}

async function readPdf(name: string, bytes: Uint8Array): Promise<ReadDocument> {
	if (!bytes.subarray(0, 1024).some((_, i, a) => a[i] === 0x25 && a[i + 1] === 0x50 && a[i + 2] === 0x44 && a[i + 3] === 0x46)) {
		throw new DocumentError(
			`${name} 不是 PDF 文件（文件开头没有 %PDF 标记）。请导入公开的 PDF 原件，或导入提取出的 .txt 文字。未写入任何内容。`,
		);
	}
	// pdfjs is loaded only for PDFs: a .txt import does not pay for it.
	const { pdfText } = await import('./pdf-text.ts');
	let read;
	try {
		read = await pdfText(bytes);
	} catch (error) {
		const why = error instanceof Error ? error.message : String(error);
		throw new DocumentError(
			`${name} 无法作为 PDF 打开（${why}）。文件可能已损坏或加密；请重新下载原件，或导入提取出的 .txt 文字。未写入任何内容。`,
		);
	}
	if (!/[\u4e00-\u9fff\d]/.test(read.text)) {
		throw new DocumentError(
			`${name} 共 ${read.pages} 页，但没有文字层（扫描件，只有图像）。请先用 OCR 软件识别出文字并另存为 .txt 后导入，或向发布单位索取文字版 PDF。未写入任何内容。`,
		);
	}
	return { kind: 'pdf', text: read.text, bytes, pages: read.pages, layout: read.layout };
}
