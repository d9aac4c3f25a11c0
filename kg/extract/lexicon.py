"""Cue words and name-shape vocabulary of the genre (not names of particular entities).

Everything here is general Chinese news vocabulary: suffixes that make a company,
platform or zone name, role titles that introduce a person, verbs that mark a
visit, a signing or a brokered deal. Particular organisations live in the
gazetteers under ``kg/data/``.
"""

from __future__ import annotations

import re

# --- name shapes -----------------------------------------------------------

ENTERPRISE_SUFFIXES = (
    "股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司", "有限公司",
    "集团公司", "总公司", "分公司", "公司", "集团", "合伙企业", "投资基金", "创业投资基金", "产业基金",
)
# Short company names in lists or as sentence subjects end like this.
ENTERPRISE_SHORT_SUFFIXES = (
    "新材", "药业", "制药", "汽车", "船舶", "船厂", "光能", "能源", "电子", "化学", "化工",
    "电气", "机电", "股份", "生物", "重工", "机械", "动力", "电器", "通信",
    "实业", "控股", "锂电", "精密", "仪器", "光电", "微电子",
)
PLATFORM_SUFFIXES = (
    "技术转移中心", "技术转移分中心", "分中心", "联合创新中心", "创新中心", "研究中心",
    "工程技术研究中心", "工程中心", "技术中心", "研究院", "研究所", "实验室", "重点实验室",
    "工作站", "院士工作站", "博士后工作站", "孵化器", "加速器", "众创空间", "基地", "创新港",
    "新型研发机构", "创新联合体", "产业联盟", "创新联盟", "服务中心", "转化中心", "中心", "分院",
    "服务站", "驿站", "研发中心",
)
ZONE_SUFFIXES = (
    "国家高新技术产业开发区", "高新技术产业开发区", "经济技术开发区", "经济开发区", "高新区",
    "开发区", "经开区", "产业园区", "产业园", "科技园", "软件园", "创业园", "工业园区", "工业园",
    "生态农业园区", "农业园区", "园区", "创新社区", "高新园", "科技城", "示范区", "集聚区",
    "资源区", "自创区", "经济区", "新城", "新区", "保税区", "试验区", "功能区", "产业区", "港区", "片区",
)
UNIT_SUFFIXES = ("学院", "系", "学部", "研究生院", "书院")
# Words a platform/zone/enterprise name never consists of on its own (too generic).
GENERIC_CORES = {
    "产业", "科技", "创新", "研发", "技术", "人才", "党建", "大学生见习", "见习", "实践", "实训",
    "孵化", "工程技术", "新型研发", "高端创新", "创新创业", "双创", "服务", "省级", "国家级",
    "市级", "区级", "省级以上", "国家级以上", "特色", "重点", "相关", "有关", "各类", "新",
    "企业", "自身", "产业", "行业", "优势", "特色优势", "主导", "新兴", "传统", "其他",
    "联合", "校企", "校企联合", "校地", "校地联合", "产学研", "产学研联合", "联合研发", "协同创新",
    "科技示范", "示范", "实践", "实习", "教学", "培训", "研究生", "企业研究生",
}

# --- boundaries ------------------------------------------------------------

# A name never runs left across these words: function words, verbs of the genre.
LEFT_STOPWORDS = tuple(sorted({
    "的", "与", "和", "及", "、", "在", "由", "为", "对", "向", "是", "了", "等", "将", "把", "被",
    "从", "到", "于", "让", "使", "给", "以", "并", "也", "都", "即", "就", "又", "还",
    "已", "共", "或", "如", "像", "其", "该", "各", "这", "那", "此", "我", "本", "你", "他", "她",
    "位于", "帮助", "推动", "促成", "走访", "拜访", "调研", "签约", "签订", "引进", "招引", "服务",
    "来到", "深入", "前往", "赴", "联合", "携手", "依托", "围绕", "聚焦", "支持", "协助", "对接",
    "助力", "指导", "组织", "举办", "承办", "协办", "参与", "参加", "开展", "成立", "建立", "共建",
    "设立", "落户", "入驻", "投运", "打造", "建设", "包括", "其中", "以及", "还有", "带领",
    "邀请", "陪同", "看望", "考察", "走进", "来自", "分别", "发展", "牵线", "搭建", "接待", "推进",
    "加强", "深化", "拓展", "发挥", "充分", "积极", "主动", "先后", "成功", "目前", "已经", "正式",
    "授牌", "揭牌", "挂牌", "获批", "获得", "入选", "认定", "申报", "培育", "招商", "投资",
    "落地", "引入", "达成", "合作", "洽谈", "交流", "考察了", "走访了", "拜访了", "联系",
    "全省", "全市", "全区", "全县", "全国", "我市", "我区", "我县", "区内", "市内", "省内", "县内",
    "镇内", "境内", "当地", "地方", "一批", "一家", "一个", "多家", "部分", "相关", "有关", "重点",
    "骨干", "龙头", "优质", "知名", "著名", "领军", "代表", "为代表", "以", "而", "但", "且",
    "提升", "进入", "引导", "争取", "覆盖", "获", "储备", "挖掘", "建成", "形成", "实现", "成为",
    "创建", "进驻", "布局", "聚集", "集聚", "更好", "领域", "政策", "有效", "通过", "范围",
    "支撑", "带动", "促进", "服务于", "依靠", "借助", "利用", "面向", "培育", "壮大", "做强", "做大",
    "加快", "加速", "全力", "努力", "大力", "着力", "新增", "累计", "新建", "筹建", "组建", "共同",
}, key=len, reverse=True))

NAME_CHARS_EXTRA = set("（）()·-—&")
# A list ending in these names directions, not companies: 绿色船舶、智能船舶等方向.
LIST_OF_TOPICS = re.compile(r"[^，,。；;：:]{0,24}?等(?:方向|领域|方面|技术|行业|产业|学科|专业)")
# Words after a quoted name that make it an activity, not a place: “高校院所进园区”系列活动.
ACTIVITY_WORDS = ("活动", "系列", "行动", "专项", "品牌", "计划", "工程", "大赛", "论坛", "主题", "对接会")
# One-character stop words that also sit inside company names (华为, 有为): crossed when the
# name would otherwise be a generic word (华为技术有限公司 is not 技术有限公司).
STOP_CHARS_IN_BRANDS = frozenset("为")
# Quotes and title marks that enclose names (“储能材料联合研发中心”), as news prose writes them.
OPEN_QUOTES = "“‘「『\"《"
CLOSE_QUOTES = "”’」』\"》"

# --- agencies --------------------------------------------------------------

# Heads of party and government bodies, qualified on their left by a level
# character (省/市/区/县/镇/乡) or a locality name.
AGENCY_HEADS = tuple(sorted({
    "委组织部", "委宣传部", "委统战部", "委人才办", "委人才工作领导小组办公室", "委办公室", "委",
    "政府办公厅", "政府办公室", "政府", "人民政府", "党委", "党工委", "管委会",
    "人才办", "科技局", "科学技术局", "人社局", "人力资源和社会保障局", "司法局", "发改委",
    "发展和改革委员会", "发展改革委", "工信局", "工业和信息化局", "商务局", "财政局", "教育局",
    "农业农村局", "经济发展局", "生态环境局", "市场监管局", "市场监督管理局", "科协",
    "科技厅", "教育厅", "人社厅", "财政厅", "商务厅", "工信厅", "工业和信息化厅", "组织部", "宣传部", "统战部",
    "自然资源局", "住建局", "交通运输局", "文旅局", "卫健委", "统计局", "审计局", "税务局",
    "行政审批局", "数据局", "大数据管理局", "水利局", "应急管理局", "金融监管局", "地方金融监督管理局",
    "投资促进局", "投促局", "招商局", "国资委", "知识产权局",
}, key=len, reverse=True))
LEVEL_CHARS = "省市区县镇乡"
# Characters after 委 that make it a word, not "the party committee".
NOT_AGENCY_AFTER = set("员托屈会婉派托书")

# --- persons ---------------------------------------------------------------

ROLE_WORDS = tuple(sorted({
    "团长", "副团长", "团员", "成员", "教授", "副教授", "研究员", "副研究员", "博士", "博士后", "院士",
    "书记", "副书记", "党委书记", "党委副书记", "党支部书记", "总支书记", "市长", "副市长", "区长",
    "副区长", "县长", "副县长", "镇长", "副镇长", "乡长", "局长", "副局长", "处长", "副处长", "科长",
    "主任", "副主任", "部长", "副部长", "厅长", "副厅长", "校长", "副校长", "院长", "副院长",
    "所长", "副所长", "总经理", "副总经理", "董事长", "副董事长", "总裁", "总监", "总工程师",
    "总工", "负责人", "创始人", "主席", "副主席", "秘书长", "调研员", "四级调研员", "三级调研员",
    "二级调研员", "一级调研员", "工程师", "高级工程师", "讲师", "老师", "专家", "科技副总",
    "挂职副区长", "挂职副市长", "挂职副县长", "挂职副镇长", "常务副区长", "常务副市长", "主任委员",
    "常委", "党组书记", "党组成员", "副总经理", "首席科学家", "学科带头人", "团队负责人",
}, key=len, reverse=True))
LEADER_ROLES = {"团长"}
MEMBER_ROLES = {"团长", "副团长", "团员", "成员"}
BYLINE_WORDS = ("记者", "通讯员", "编辑", "责任编辑", "摄影", "摄", "撰稿", "供稿", "作者", "校对", "审核")
# Third characters that end a two-character given name instead of extending it.
NOT_NAME_CHARS = set(
    "正说介表指认强称时的和与在为主部也就带拉心道等进同一告谈提向对将把被从是了讲回坦感接作率陪参出"
    "表于及到以所看笑坐站走来去给让说讲谈带领表示介绍指出认为强调"
    "还曾更又都亦则均先已便即并也再挂任兼"
)
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "司徒", "夏侯", "端木", "公孙")

# --- relation cues ---------------------------------------------------------

VISIT_CUES = ("走访", "拜访", "调研", "上门", "考察", "参观", "走进", "深入", "慰问", "看望", "来到", "前往", "赴")
COOPERATION_CUES = (
    "签订", "签署", "签约", "协议", "合同", "合作", "共建", "结对", "联盟", "联建", "携手",
    "联合申报", "联合开展", "联合成立", "共同成立", "达成", "战略合作", "产学研", "成立", "建立",
    "联合研发", "联合攻关", "合作研发", "共同研发", "共同攻关", "共同申报", "联合承担", "共同建设",
)
STRONG_COOPERATION_CUES = ("签订", "签署", "签约", "协议", "合同", "共建", "共同建设", "结对", "联盟", "达成", "联合申报",
                           "共同申报", "联合攻关", "联合承担", "联合研发", "合作研发", "共同研发", "共同攻关", "建立了稳定的合作", "开展深入合作", "开展合作", "合作关系")
BROKER_CUES = (
    "牵线", "促成", "推动", "对接", "助力", "协助", "撮合", "搭桥", "引进", "主导引进", "招引",
    "推进", "联系", "组织", "帮助", "引导", "在…推动下", "通过",
)
MEMBER_INSTITUTION_CUES = ("来自", "后方高校", "派出单位", "后方单位", "选派", "派驻")
# Verbs that start a clause about something other than where members come from.
CLAUSE_MOVES_ON = ("推动", "促成", "帮助", "助力", "共建", "签订", "签署", "签约", "牵线", "走访", "组织", "开展",
                   "打造", "解决", "引进", "协助", "对接")
NO_PAIRING_CUES = ("分别与", "分别同", "分别和")
LOCAL_CUES = ("区内", "本地", "我区", "辖区", "县内", "市内", "境内", "当地")

# Cues that a field is named as a focus or strength (not just mentioned).
FIELD_CUES = ("产业", "领域", "方向", "特色", "优势", "专业", "围绕", "聚焦", "涉及", "主导", "集群", "赛道",
              "学科", "擅长", "主攻", "重点发展", "行业")
# A list of fields ends with one of these: 高端装备制造、新材料两大主导产业.
FIELD_LIST_END = r"(?:等)?(?:[一二两三四五六七八九十\d]+大)?(?:主导|战略性新兴|特色|支柱|重点|新兴|未来|优势|先导)*(?:产业|行业)(?!化)(?:链|集群)?"  # (not 产业化, industrialisation)
# Characters that may follow a two-character short name (南航, 江大) standing alone.
SHORT_NAME_FOLLOWERS = set("、，,。；;：:的和与及等在也将是）)”’\n 为就对从到共同已正专教团老")

# Words a zone's own name never contains (专项资金高新区 is not a zone).
NOT_IN_ZONE_NAME = ("资金", "项目", "政策", "工作", "专项", "奖励", "补助", "活动", "会议", "成果", "国家级", "省级")
# Verbs that open a list of fields: 培育半导体及通信、数字创意等产业.
FIELD_LIST_OPENERS = ("重点发展", "发展", "培育", "围绕", "聚焦", "涉及", "包括", "打造", "壮大", "布局", "以及", "主攻", "瞄准",
                      "分布在", "分布于", "集中在", "集中于", "覆盖", "涵盖", "面向", "深耕", "专注于", "致力于")
# 等 ends a list, except inside these words (高等研究院, 同等条件).
NOT_LIST_END_WORDS = frozenset({"高等", "同等", "平等", "中等", "初等", "上等", "优等", "对等", "均等"})

# Stop words that may also sit inside a name (云帆创新发展中心, 南林大创新发展研究院): a name that
# starts at a known place, university or company may run left across them.
SOFT_STOPWORDS = frozenset({"发展", "合作", "服务", "交流", "建设", "组织", "联合", "共建", "投资", "创新", "支持",
                            "培育", "引导", "促进", "集聚", "聚集", "融合"})
# Academies whose institutes are research institutes in their own right (中国科学院金融研究所).
ACADEMIES = ("中国科学院", "中科院", "中国工程院", "中国农业科学院", "中国医学科学院", "中国社会科学院",
             "中国林业科学研究院", "中国水产科学研究院", "中国热带农业科学院", "江苏省农业科学院")

# Fields that in this genre name the teams' own activity, not an industry (accepted only from lists).
ACTIVITY_FIELDS = frozenset({"技术转移", "科技服务", "科技创新", "金融", "产业升级", "人才", "企业"})
# Verbs after which the places named next are where a thing settles: 落户官塘创新社区.
SETTLE_VERBS = ("落户", "落地", "入驻", "位于", "坐落于", "建在", "设在", "扎根", "选址")
# Verbs by which a place gets a platform or park: 镇江高新区设立了江大农业装备研究院.
HOST_PLACE_VERBS = ("设立", "建设", "建成", "拥有", "引进", "集聚", "新建", "组建", "布局", "打造", "落成", "成立", "揭牌")

# What follows a person's name in news prose; decides between two- and three-character names
# (副市长王志强出席 → 王志强, 副局长张明说 → 张明).
AFTER_NAME = tuple(sorted({
    "出席", "主持", "表示", "强调", "介绍", "指出", "说", "讲", "认为", "带领", "率", "一行", "等", "、", "，", "。",
    "；", "：", "”", "（", "的", "和", "与", "在", "为", "是", "也", "还", "就", "对", "向", "从", "到", "参加",
    "陪同", "调研", "走访", "拜访", "来到", "看望", "部署", "提出", "要求", "希望", "透露", "坦言", "告诉",
    "正在", "拉着", "心情", "时", "同志", "作", "致辞", "发言", "解读", "点赞", "挂职", "兼任", "担任", "负责",
    "牵头", "领衔", "主讲", "回答", "接受", "现场", "详细", "一同", "共同", "亲自", "首先", "随后", "代表",
    "宣布", "签字", "签约", "颁发", "揭牌", "讲话", "并", "及", "率队", "带队", "今年", "近日", "日前",
    "评价", "表态", "谈到", "感慨", "补充", "回忆",
    "博士", "教授", "副教授", "研究员", "院士", "老师", "先生", "女士",  # 高兰博士 is 高兰
}, key=len, reverse=True))
# Verbs of saying that make a clause-initial name a speaker (王磊说, 王磊表示): a person
# named without a role word, as profiles of one team member name him or her.
SPEECH_VERBS = ("说", "表示", "介绍", "指出", "坦言", "告诉", "认为", "感慨", "回忆", "笑着说", "谈到", "评价")
# Characters after which a known person's name can stand again (和王磊, 由王磊, 让王磊).
BEFORE_NAME = frozenset("和与及对向给让由被跟同是为请邀把将")
# Characters that, right after two name characters, end the name rather than extend it.
STRONG_AFTER_NAME = frozenset("说讲称的时还也在就则于对向从到并及等、，。；：")
# Words that end a name when they start right after its second character, even though their
# own second character could end a three-character name before them (杨帆作为 is 杨帆).
STRONG_AFTER_NAME_WORDS = ("作为", "担任", "兼任", "挂职", "挂任", "带领", "表示", "介绍", "指出", "认为", "率队", "带队",
                           "牵线", "牵头")
# Verbs that introduce a platform's name: 共建智能电网联合研发中心.
PLATFORM_CUES = ("共建", "联合成立", "共同成立", "成立", "建立", "组建", "设立", "揭牌", "建成", "打造", "新建", "筹建", "挂牌")
# Words shaped like a surname and a given name that are not names (高校博士, 青年教授).
NOT_NAMES = frozenset({"高校", "高级", "全体", "广大", "部分", "知名", "优秀", "青年", "资深", "首席", "客座",
                       "特聘", "兼职", "博士", "硕士", "海外", "江苏", "国家", "省级", "市级", "万名", "百名", "千名",
                       "名誉", "荣誉", "外籍", "华人", "教授", "讲座", "常务", "明星", "金牌", "双聘", "柔性",
                       "单位"})  # 成员单位
