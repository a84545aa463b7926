import {
  classroomInput, classroomListQuery, classroomOut, classroomRateOut, progressQuery, trainingProgressOut, trainingRecordInput,
  trainingRecordListQuery, trainingRecordOut, trainingRecordUpdate, trainingTargetInput, trainingTargetOut, trainingTargetParams, trainingRecordFilter,
} from '@contracts/training';
import { listResponse, idParams } from '@contracts/paging';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import * as records from './training.service';
import * as targets from './targets.service';
import * as classrooms from './classroom.service';
import { exportRecords } from './training.export';

const TAGS = ['training'];

/** 三项岗位培训: records, yearly targets and progress, classroom video connections. */
export async function trainingRoutes(app: ZApp, p: Platform) {
  app.get('/api/training-records', {
    schema: { tags: TAGS, summary: '三项岗位培训记录', querystring: trainingRecordListQuery, response: { 200: listResponse(trainingRecordOut) } },
  }, async (req) => records.listRecords(p, req.actor!, req.query));

  app.get('/api/training-records/export', {
    schema: { tags: TAGS, summary: '导出培训记录（Excel）', querystring: trainingRecordFilter },
  }, async (req, reply) => exportRecords(p, req.actor!, req.query, reply));

  app.get('/api/training-records/:id', {
    schema: { tags: TAGS, summary: '培训记录详情', params: idParams, response: { 200: trainingRecordOut } },
  }, async (req) => records.getRecord(p, req.actor!, req.params.id));

  app.post('/api/training-records', {
    schema: { tags: TAGS, summary: '登记培训记录', body: trainingRecordInput, response: { 201: trainingRecordOut } },
  }, async (req, reply) => reply.status(201).send(await records.createRecord(p, req.ctx, req.actor!, req.body)));

  app.put('/api/training-records/:id', {
    schema: { tags: TAGS, summary: '更正培训记录', params: idParams, body: trainingRecordUpdate, response: { 200: trainingRecordOut } },
  }, async (req) => records.updateRecord(p, req.ctx, req.actor!, req.params.id, req.body));

  app.put('/api/training-targets/:year/:regionCode', {
    schema: { tags: TAGS, summary: '设定年度培训目标（市级）', params: trainingTargetParams, body: trainingTargetInput, response: { 200: trainingTargetOut } },
  }, async (req) => targets.putTarget(p, req.ctx, req.actor!, req.params.year, req.params.regionCode, req.body));

  app.get('/api/training-progress', {
    schema: { tags: TAGS, summary: '年度培训目标完成进度（按区县、全市）', querystring: progressQuery, response: { 200: trainingProgressOut } },
  }, async (req) => targets.trainingProgress(p, req.actor!, req.query.year));

  app.get('/api/classroom-connections', {
    schema: { tags: TAGS, summary: '培训教室视频联网情况', querystring: classroomListQuery, response: { 200: listResponse(classroomOut) } },
  }, async (req) => classrooms.listClassrooms(p, req.actor!, req.query));

  app.get('/api/classroom-connections/rate', {
    schema: { tags: TAGS, summary: '培训教室联网率（生产、建设矿山；目标90%）', response: { 200: classroomRateOut } },
  }, async (req) => classrooms.classroomRate(p, req.actor!));

  app.put('/api/mines/:id/classroom', {
    schema: { tags: TAGS, summary: '登记矿山培训教室视频联网情况', params: idParams, body: classroomInput, response: { 200: classroomOut } },
  }, async (req) => classrooms.putClassroom(p, req.ctx, req.actor!, req.params.id, req.body));
}

