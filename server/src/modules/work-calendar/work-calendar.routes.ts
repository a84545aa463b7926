import { workCalendarList, workCalendarYearInput, workCalendarYearOut, workCalendarYearParams } from '@contracts/work-calendar';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import { listWorkCalendar, putWorkCalendarYear } from './work-calendar.service';

const TAGS = ['work-calendar'];

/** 法定节假日安排 (official working-day calendar): read by every signed-in user, edited by the system administrator. */
export async function workCalendarRoutes(app: ZApp, p: Platform) {
  app.get('/api/work-calendar', {
    schema: { tags: TAGS, summary: '法定节假日安排（各年度）', response: { 200: workCalendarList } },
  }, async () => listWorkCalendar(p));

  app.put('/api/work-calendar/:year', {
    schema: { tags: TAGS, summary: '录入或修改某年度法定节假日安排', params: workCalendarYearParams, body: workCalendarYearInput,
      response: { 200: workCalendarYearOut } },
  }, async (req) => putWorkCalendarYear(p, req.ctx, req.actor!, req.params.year, req.body));
}
