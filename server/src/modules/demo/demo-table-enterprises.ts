// The demo companies as a table: who exists and who owns whom. Random details (codes, addresses,
// contacts) are filled in by demo-dataset.ts; everything a demo or test relies on is fixed here.

export interface ParentRow {
  key: string;
  name: string;
  /** region part of the credit code (registration authority) */
  creditRegion: string;
  regionCode: string | null;
  address: string;
}

export const PARENTS: readonly ParentRow[] = [
  { key: 'grp-yuling', name: '重庆渝岭矿业集团有限公司', creditRegion: '500105', regionCode: '500105', address: '重庆市江北区观音桥街道建新北路 88 号' },
  { key: 'grp-shufeng', name: '四川蜀峰矿业集团有限公司', creditRegion: '510100', regionCode: null, address: '四川省成都市武侯区人民南路四段 27 号' },
  { key: 'grp-qianyuan', name: '贵州黔源矿业集团有限公司', creditRegion: '520000', regionCode: null, address: '贵州省贵阳市观山湖区林城西路 95 号' },
];

export interface EnterpriseRow {
  key: string;
  region: string;
  name: string;
  town: string;
  parent?: string;
  /** has a separate 实际控制人 */
  controller?: boolean;
}

const e = (key: string, region: string, name: string, town: string, extra: Partial<EnterpriseRow> = {}): EnterpriseRow => ({ key, region, name, town, ...extra });

export const ENTERPRISES: readonly EnterpriseRow[] = [
  e('ent-500229-1', '500229', '城口县岚峰锰业有限公司', '修齐镇', { controller: true }),
  e('ent-500229-2', '500229', '城口县巴山重晶石矿业有限公司', '巴山镇'),
  e('ent-500229-3', '500229', '城口县高燕锰业有限责任公司', '高燕镇', { parent: 'grp-yuling' }),
  e('ent-500229-4', '500229', '城口县明通建材有限公司', '明通镇'),
  e('ent-500229-5', '500229', '城口县坪坝矿业有限公司', '坪坝镇', { controller: true }),
  e('ent-500229-6', '500229', '城口县大巴山锰业有限公司', '庙坝镇', { parent: 'grp-qianyuan' }),
  e('ent-500243-1', '500243', '彭水县郁山重晶石矿业有限公司', '郁山镇', { controller: true }),
  e('ent-500243-2', '500243', '彭水县保家建材有限公司', '保家镇'),
  e('ent-500243-3', '500243', '彭水县高谷矿业有限公司', '高谷镇', { parent: 'grp-shufeng' }),
  e('ent-500243-4', '500243', '彭水县鹿角石料有限公司', '鹿角镇'),
  e('ent-500243-5', '500243', '彭水县桑柘矿业有限公司', '桑柘镇', { controller: true }),
  e('ent-500240-1', '500240', '石柱县西沱建材有限公司', '西沱镇'),
  e('ent-500240-2', '500240', '石柱县银岭铅锌矿业有限公司', '黄水镇', { parent: 'grp-shufeng' }),
  e('ent-500240-3', '500240', '石柱县悦崃石灰岩开采有限公司', '悦崃镇'),
  e('ent-500240-4', '500240', '石柱县三河矿业有限公司', '三河镇', { controller: true }),
  e('ent-500240-5', '500240', '石柱县临溪建材有限公司', '临溪镇'),
  e('ent-500110-1', '500110', '綦江区打通建材有限公司', '打通镇'),
  e('ent-500110-2', '500110', '綦江区赶水新型建材有限公司', '赶水镇'),
  e('ent-500110-3', '500110', '綦江区石壕矿业有限公司', '石壕镇', { parent: 'grp-yuling' }),
  e('ent-500110-4', '500110', '綦江区东溪建材有限公司', '东溪镇', { controller: true }),
  e('ent-500110-5', '500110', '綦江区扶欢页岩开采有限公司', '扶欢镇'),
  e('ent-500156-1', '500156', '武隆区江口建材有限公司', '江口镇', { controller: true }),
  e('ent-500156-2', '500156', '武隆区白马石料有限公司', '白马镇'),
  e('ent-500156-3', '500156', '武隆区鸭江矿业有限公司', '鸭江镇'),
  e('ent-500156-4', '500156', '武隆区火炉建材有限公司', '火炉镇'),
  e('ent-500238-1', '500238', '巫溪县宁厂矿业有限公司', '宁厂镇', { controller: true }),
  e('ent-500238-2', '500238', '巫溪县上磺建材有限公司', '上磺镇'),
  e('ent-500238-3', '500238', '巫溪县尖山硫铁矿业有限公司', '尖山镇', { parent: 'grp-qianyuan' }),
  e('ent-500238-4', '500238', '巫溪县古路石料有限公司', '古路镇'),
  e('ent-500236-1', '500236', '奉节县吐祥矿业有限公司', '吐祥镇', { controller: true }),
  e('ent-500236-2', '500236', '奉节县草堂建材有限公司', '草堂镇'),
  e('ent-500236-3', '500236', '奉节县康乐石灰岩开采有限公司', '康乐镇'),
  e('ent-500236-4', '500236', '奉节县竹园矿业有限公司', '竹园镇', { parent: 'grp-yuling' }),
];
