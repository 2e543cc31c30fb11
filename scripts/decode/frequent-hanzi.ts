/**
 * High-frequency Chinese characters, used to tell a right decoding from a wrong one.
 *
 * GENERAL is the 1,000 most frequent characters of modern written Chinese, in the order
 * of a widely circulated character-frequency (常用字频) list. DOMAIN adds characters the
 * Healthy X notices use often that a general list ranks lower (健康, 医疗, 疾病, 监管…;
 * no place names). TRADITIONAL holds the Traditional forms of both where they differ
 * (OpenCC cn→t, cn→tw and cn→hk, plus 複/復/著). Together they cover about 97 % of the
 * Han characters in the seed notices; bytes decoded with the wrong one of GB18030/Big5
 * land on them about 11 % of the time.
 */

const GENERAL =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种' +
  '面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本' +
  '去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比' +
  '或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总' +
  '次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做' +
  '必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权' +
  '收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信' +
  '马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连' +
  '断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存' +
  '候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严首底' +
  '液官德随病苏失尔死讲配女黄推显谈罪神艺呢席含企望密批营项防举球英氧势告李台落木帮轮破亚师围注远字材排' +
  '供河态封另施减树溶怎止案言士均武固叶鱼波视仅费紧爱左章早朝害续轻服试食充兵源判护司足某练差致板田降黑' +
  '犯负击范继兴似余坚曲输修故城夫够送笔船占右财吃富春职觉汉画功巴跟虽杂飞检吸助升阳互初创抗考投坏策古径' +
  '换未跑留钢曾端责站简述钱副尽帝射草冲承独令限阿宣环双请超微让控州良轴找否纪益依优顶础载倒房突坐粉敌略' +
  '客袁冷胜绝析块剂测丝协诉念陈仍罗盐友洋错苦夜刑移频逐靠混母短皮终聚汽村云哪既距卫停烈央察烧迅境若印洲' +
  '刻括激孔搞甚室待核校散侵吧甲游久菜味旧模湖货损预阻毫普稳乙妈植息扩银语挥酒守拿序纸医缺雨吗针刘啊急唱' +
  '误训愿审附获茶鲜粮斤孩脱硫肥善龙演父渐血欢械掌歌沙刚攻谓盾讨晚粒乱燃矛乎杀药宁鲁贵钟煤读班伯香介迫句' +
  '丰培握兰担弦蛋沉假穿执答乐谁顺烟缩征脸喜松脚困异免背星福买染井概慢怕磁倍祖皇促静补评翻肉践尼衣宽扬棉' +
  '希伤操垂秋宜氢套督振架亮末宪庆编牛触映雷销诗座居抓裂胞呼娘景威绿晶厚盟衡鸡孙延危胶屋乡临陆顾掉呀灯岁' +
  '措束耐剧玉赵跳哥季课凯胡额款绍卷齐伟蒸殖永宗苗川炉岩弱零杨奏沿露杆探滑镇饭浓航怀赶库夺伊灵税途灭赛归';

const DOMAIN =
  '健康疗监险牵疾域救障污综网诊盖智估街庭贯彻鼓融付励童购饮患筛络症签糖癌妇床慧尿毒巩警纳耗享疫溯闲肺幼' +
  '辅骨垃圾艾抽竞符筹链餐灾馆脑倡孕婴厅废泛署沟闭纲绕涵努托衔洁售惠禁播届菌贫涉净贸妆亡扶撑碍退肿瘤肝遏' +
  '疟版详录赢尘启隐拓招堂媒脊炎户贷侧巡访谐捷龄绩厕键储页趋';

const TRADITIONAL =
  '這爲個國時來們於對會發動過說產種後學經進電裏現實兩體機當點從業應開還義間樣與關線內數麼質氣變條沒結問' +
  '無軍並題黨員總設長頭資邊級圖統較將組見計別論運農幾區強決幹戰則據處隊給門規熱領東導壓爭濟階術極聯認權' +
  '證採轉單風帶場車務萬達積議聲報鬥類離華確張馬節話況溫傳許羣廣記觀織裝衆書覆兒須際驗連斷難礦備辦習響約' +
  '勞團歷構稱準號維劃選標寫親養層卻專狀廠識適屬圓調滿縣參紅細聽該鐵價嚴隨蘇爾講黃顯談藝營項舉勢臺幫輪亞' +
  '師圍遠態減樹葉魚視僅費緊愛續輕試護練負擊範繼興餘堅輸夠筆佔財喫職覺漢畫雖雜飛檢昇陽創壞徑換鋼責簡錢盡' +
  '衝獨環雙請讓軸紀優頂礎載敵勝絕塊劑測絲協訴陳羅鹽錯頻終雲衛燒覈遊舊貨損預穩媽擴銀語揮紙醫嗎針劉誤訓願' +
  '審獲鮮糧脫龍漸歡剛謂討亂殺藥寧魯貴鍾讀豐蘭擔執樂誰順煙縮徵臉腳異買靜補評踐寬揚傷氫憲慶編觸銷詩綠雞孫' +
  '膠鄉臨陸顧燈歲劇趙課凱額紹齊偉爐巖楊鎮飯濃懷趕庫奪靈稅滅賽歸療監險牽綜網診蓋貫徹勵購飲篩絡籤婦牀鞏納' +
  '閒輔競籌鏈災館腦嬰廳廢溝閉綱繞銜潔屆貧淨貿妝撐礙腫瘧詳錄贏塵啓隱戶貸側訪諧齡績廁鍵儲頁趨為著裡眾汙啟' +
  '説衞複復';

/** One byte per BMP code unit: 1 when the character is in the frequent set. */
const TABLE: Uint8Array = buildTable();

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const list of [GENERAL, DOMAIN, TRADITIONAL]) {
    for (let i = 0; i < list.length; i++) table[list.charCodeAt(i)] = 1;
  }
  return table;
}

/** Whether a UTF-16 code unit is one of the high-frequency Simplified or Traditional characters. */
export function isFrequentHanzi(codeUnit: number): boolean {
  return TABLE[codeUnit] === 1;
}

/** How many distinct characters the frequent set holds (for tests and diagnostics). */
export const FREQUENT_HANZI_COUNT: number = TABLE.reduce((n, v) => n + v, 0);
