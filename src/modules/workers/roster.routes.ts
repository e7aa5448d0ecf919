import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http.ts';
import { EXPORT_FILENAME, exportWorkers } from './export-workers.ts';
import { importWorkers, workerImportTemplate } from './import-workers.ts';
import { XLSX_MIME } from './roster.xlsx.ts';
import { ZWorkerQuery } from './schemas.ts';

const tags = ['workers'];
const MAX_UPLOAD = 10 * 1024 * 1024;
/** RFC 6266: an ASCII fallback, then the Chinese name percent-encoded (header values are ASCII). */
const attachment = (name: string, ascii: string) =>
  `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

const ZImportQuery = z.object({
  storeId: z.string().min(1).max(64).describe('导入到门店'),
  dryRun: z.enum(['0', '1', 'true', 'false']).optional().describe('只校验，不写入'),
});
const ZImportResult = z.object({
  imported: z.number().describe('导入（或试运行时可导入）的行数'),
  failed: z.number().describe('有问题的行数'),
  errors: z.array(
    z.object({
      row: z.number().describe('Excel 行号'),
      field: z.string(),
      label: z.string().optional(),
      message: z.string(),
    }),
  ),
  dryRun: z.boolean(),
});

/** The roster spreadsheet: export the worker list, download the template, import a filled one. */
export const rosterRoutes: FastifyPluginAsyncZod = async (app) => {
  // Scoped to this plugin: only the import route takes a raw .xlsx body.
  app.addContentTypeParser(XLSX_MIME, { parseAs: 'buffer', bodyLimit: MAX_UPLOAD }, (_req, body, done) =>
    done(null, body),
  );

  app.get(
    '/workers/export.xlsx',
    {
      schema: {
        tags,
        summary: '导出家政员名册（.xlsx，联系方式已脱敏）',
        querystring: ZWorkerQuery,
        produces: [XLSX_MIME],
      },
    },
    async (req, reply) => {
      const stream = await exportWorkers(ctxOf(req), req.query);
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', attachment(EXPORT_FILENAME, 'workers.xlsx'))
        .send(stream);
    },
  );
  app.get(
    '/workers/import-template.xlsx',
    { schema: { tags, summary: '下载家政员导入模板', produces: [XLSX_MIME] } },
    async (req, reply) => {
      const file = await workerImportTemplate(ctxOf(req));
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', attachment('家政员导入模板.xlsx', 'workers-template.xlsx'))
        .send(file);
    },
  );
  app.post(
    '/workers/import',
    {
      bodyLimit: MAX_UPLOAD,
      schema: {
        tags,
        summary: '导入家政员名册（请求体为 .xlsx 文件）',
        description:
          'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet。有效行全部导入（同一事务），有问题的行逐条报告。',
        consumes: [XLSX_MIME],
        querystring: ZImportQuery,
        response: { 200: ZImportResult },
      },
    },
    (req) =>
      importWorkers(ctxOf(req), {
        storeId: req.query.storeId,
        dryRun: req.query.dryRun === '1' || req.query.dryRun === 'true',
        file: req.body,
      }),
  );
};
