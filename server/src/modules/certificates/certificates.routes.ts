import { z } from 'zod';
import {
  certificateAlertsOut, certificateInput, certificateListItem, certificateListQuery, certificateOut, certificateReviewInput,
  certificateTypeInput, certificateTypeOut, certificateUpdate, certificateVerificationInput, endCertificateTypeInput,
} from '@contracts/certificates';
import { idParams, listResponse } from '@contracts/paging';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import * as certificates from './certificates.service';
import * as catalogue from './certificate-types.service';
import { exportCertificates } from './certificates.export';

const TAGS = ['people'];

/** 特种作业人员数据库: certificates, reviews, verifications, the catalogue. */
export async function certificatesRoutes(app: ZApp, p: Platform) {
  app.get('/api/certificates', {
    schema: { tags: TAGS, summary: '特种作业操作证查询（到期、复审状况筛选）', querystring: certificateListQuery, response: { 200: listResponse(certificateListItem) } },
  }, async (req) => certificates.listCertificates(p, req.actor!, req.query));

  app.get('/api/certificates/export', {
    schema: { tags: TAGS, summary: '导出特种作业人员（按当前筛选）', querystring: certificateListQuery.omit({ cursor: true, limit: true }) },
  }, async (req, reply) => exportCertificates(p, req.actor!, req.query, reply));

  app.get('/api/certificates/alerts-summary', {
    schema: { tags: TAGS, summary: '证书到期、复审提醒汇总（按状况计数）', response: { 200: certificateAlertsOut } },
  }, async (req) => certificates.alertsSummary(p, req.actor!));

  app.get('/api/certificates/:id', {
    schema: { tags: TAGS, summary: '证书详情（含复审、核验记录）', params: idParams, response: { 200: certificateOut } },
  }, async (req) => certificates.getCertificate(p, req.actor!, req.params.id));

  app.post('/api/certificates', {
    schema: { tags: TAGS, summary: '登记特种作业操作证', body: certificateInput, response: { 201: certificateOut } },
  }, async (req, reply) => reply.status(201).send(await certificates.createCertificate(p, req.ctx, req.actor!, req.body)));

  app.put('/api/certificates/:id', {
    schema: { tags: TAGS, summary: '编辑特种作业操作证', params: idParams, body: certificateUpdate, response: { 200: certificateOut } },
  }, async (req) => certificates.updateCertificate(p, req.ctx, req.actor!, req.params.id, req.body));

  app.post('/api/certificates/:id/reviews', {
    schema: { tags: TAGS, summary: '登记复审', params: idParams, body: certificateReviewInput, response: { 201: certificateOut } },
  }, async (req, reply) => reply.status(201).send(await certificates.recordReview(p, req.ctx, req.actor!, req.params.id, req.body)));

  app.post('/api/certificates/:id/verifications', {
    schema: { tags: TAGS, summary: '登记核验（扫码、全国查询网站、原件）', params: idParams, body: certificateVerificationInput, response: { 201: certificateOut } },
  }, async (req, reply) => reply.status(201).send(await certificates.recordVerification(p, req.ctx, req.actor!, req.params.id, req.body)));

  app.get('/api/certificate-types', {
    schema: { tags: TAGS, summary: '特种作业目录（含各版本施行日期）', response: { 200: z.array(certificateTypeOut) } },
  }, async () => catalogue.listCertificateTypes(p));

  app.post('/api/certificate-types', {
    schema: { tags: TAGS, summary: '新增目录条目（可为某类别的新版本）', body: certificateTypeInput, response: { 201: certificateTypeOut } },
  }, async (req, reply) => reply.status(201).send(await catalogue.addCertificateType(p, req.ctx, req.actor!, req.body)));

  app.post('/api/certificate-types/:id/end', {
    schema: { tags: TAGS, summary: '设置目录条目截止日期', params: idParams, body: endCertificateTypeInput, response: { 200: certificateTypeOut } },
  }, async (req) => catalogue.endCertificateType(p, req.ctx, req.actor!, req.params.id, req.body.effectiveTo));
}
