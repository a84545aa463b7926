import { z } from 'zod';
import { ruleSettingInput, ruleSettingOut, ruleSettingParams } from '@contracts/rule-settings';
import type { ZApp } from '../types';
import type { Platform } from '../../platform/context';
import { listRuleSettings, setRuleSetting } from './rule-settings.service';

const TAGS = ['system'];

export async function ruleSettingsRoutes(app: ZApp, p: Platform) {
  app.get('/api/rule-settings', {
    schema: { tags: TAGS, summary: '业务规则设置（时限、阈值；含待核对标记）', response: { 200: z.array(ruleSettingOut) } },
  }, async (req) => listRuleSettings(p, req.actor!));

  app.put('/api/rule-settings/:key', {
    schema: { tags: TAGS, summary: '修改一项业务规则设置（null 恢复默认值）', params: ruleSettingParams, body: ruleSettingInput, response: { 200: ruleSettingOut } },
  }, async (req) => setRuleSetting(p, req.ctx, req.actor!, req.params.key, req.body.value));
}
