#!/usr/bin/env python3
"""Generates samples/portal/: the bundled fictional county 示范县 (countyId `shifan`) that `sweep` serves on 127.0.0.1.

Every unit is written here: its 2026 report (national 2021 format, tab-separated tables as in the seeds), its
report column (news and other years mixed in, as on real county CMS pages) and the portal manifest entry that
tells Monitor.PortalSimulator how the host behaves. The reports are fictional and each unit's narrative is its own
(copying between units would be Q03). Run from the repository root:

    python3 scripts/make-sample-portal.py      # needs LibreOffice (soffice) and fonts-noto-cjk for the PDF/DOCX

Outputs are committed, so a fresh checkout needs neither Python nor LibreOffice. samples/portal/README.md lists
what each unit demonstrates; tests/Monitor.Cli.Tests/SweepCommandTests.cs checks the sweep against it.
"""
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "samples", "portal")
FILES = os.path.join(OUT, "files")
SOURCES = os.path.join(OUT, "src")
COUNTY = "示范县"
YEAR = 2026

# ---------------------------------------------------------------------------------------------------------------
# Report text
# ---------------------------------------------------------------------------------------------------------------

TABLE2 = """二、主动公开政府信息情况

第二十条第（一）项\t\t\t
信息内容\t本年制发件数\t本年废止件数\t现行有效件数
规章\t0\t0\t0
行政规范性文件\t{made}\t{abolished}\t{valid}
第二十条第（五）项\t\t
信息内容\t本年处理决定数量\t
行政许可\t{permits}\t
第二十条第（六）项\t\t
信息内容\t本年处理决定数量\t
行政处罚\t{penalties}\t
行政强制\t{coercions}\t
第二十条第（八）项\t\t
信息内容\t本年收费金额（单位：万元）\t
行政事业性收费\t{fees}\t
"""

TABLE2_2019 = """二、主动公开政府信息情况

第二十条第（一）项\t\t\t
信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
规章\t0\t0\t0
行政规范性文件\t{made}\t{made}\t{valid}
第二十条第（五）项\t\t
信息内容\t上一年项目数量\t本年增/减\t
行政许可\t{permits}\t0\t
第二十条第（六）项\t\t
信息内容\t上一年项目数量\t本年增/减\t
行政处罚\t{penalties}\t0\t
行政强制\t{coercions}\t0\t
第二十条第（八）项\t\t
信息内容\t上一年项目数量\t本年增/减\t
行政事业性收费\t{fees}\t0\t
"""

RESULT_ROWS = [
    ("三、本年度办理结果\t(一) 予以公开", "open"),
    ("\t(二) 部分公开（区分处理的，只计这一情形，不计其他情形）", "partial"),
    ("\t(三) 不予公开\t1.属于国家秘密", None),
    ("\t\t2.其他法律行政法规禁止公开", None),
    ("\t\t3.危及“三安全一稳定”", None),
    ("\t\t4.保护第三方合法权益", None),
    ("\t\t5.属于三类内部事务信息", None),
    ("\t\t6.属于四类过程性信息", None),
    ("\t\t7.属于行政执法案卷", None),
    ("\t\t8.属于行政查询事项", None),
    ("\t(四) 无法提供\t1.本机关不掌握相关政府信息", "unheld"),
    ("\t\t2.没有现成信息需要另行制作", None),
    ("\t\t3.补正后申请内容仍不明确", None),
    ("\t(五) 不予处理\t1.信访举报投诉类申请", None),
    ("\t\t2.重复申请", None),
    ("\t\t3.要求提供公开出版物", None),
    ("\t\t4.无正当理由大量反复申请", None),
    ("\t\t5.要求行政机关确认或重新出具已获取信息", None),
    ("\t(六) 其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", None),
    ("\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", None),
    ("\t\t3.其他", None),
]


def row(label, natural, company=0):
    cells = [natural, company, 0, 0, 0, 0, natural + company]
    return label + "\t" + "\t".join(str(c) for c in cells)


def table3(a):
    """Table 三 for applications by natural persons (and optionally one company), from a unit's figures."""
    lines = [
        "三、收到和处理政府信息公开申请情况",
        "",
        "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t",
        "\t\t自然人\t法人或其他组织\t\t\t\t\t总计",
        "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
        row("一、本年新收政府信息公开申请数量\t", a["received"], a.get("company", 0)),
        row("二、上年结转政府信息公开申请数量\t", a.get("carried_in", 0)),
    ]
    for label, key in RESULT_ROWS:
        natural = a.get(key, 0) if key else 0
        company = a.get("company", 0) if key == "open" else 0
        lines.append(row(label, natural, company))
    total = a.get("results_total", a.get("open", 0) + a.get("partial", 0) + a.get("unheld", 0))
    lines.append(row("\t(七) 总计", total, a.get("company", 0)))
    lines.append(row("四、结转下年度继续办理\t", a.get("carried_out", 0)))
    return "\n".join(lines) + "\n"


TABLE4 = """四、政府信息公开行政复议、行政诉讼情况

行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t
结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t
\t\t\t\t\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计
{review}\t0\t0\t0\t{review}\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
"""


def report(u, year=YEAR, old_format=False):
    """The plain-text report of a unit (seed layout: markdown-free, tab-separated table rows)."""
    n = u["narrative"]
    name = u["name"]
    title = f"{name}{year}年政府信息公开工作年度报告"
    if old_format:
        intro = (f"本报告根据《中华人民共和国政府信息公开条例》要求，由{u['issuer']}编制。本报告统计数据从{year}年1月1日至{year}年12月31日。"
                 f"如对本报告有疑问，请联系{u['issuer']}{u['office']}，电话：{u['phone']}。")
    else:
        intro = ("本报告根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》"
                 "（国办公开办函〔2021〕30号）要求编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
                 f"存在的主要问题及改进情况、其他需要报告的事项六部分组成。本报告统计数据从{year}年1月1日至{year}年12月31日。"
                 f"如对本报告有疑问，请与{u['issuer']}{u['office']}联系（地址：{u['address']}；电话：{u['phone']}）。")
    parts = [title, "", intro, "", "一、总体情况", "", n["lead"], ""]
    for heading, key in [("（一）主动公开", "active"), ("（二）依申请公开", "requests"), ("（三）政府信息管理", "management"),
                         ("（四）政府信息公开平台建设", "platforms"), ("（五）监督保障", "oversight")]:
        parts += [heading, "", n[key], ""]
    t = u["tables"]
    parts.append((TABLE2_2019 if old_format else TABLE2).format(**t))
    parts.append(table3(u["applications"]))
    parts.append(TABLE4.format(review=t.get("review", 0)))
    parts += ["五、存在的主要问题及改进情况", "", n["problems"], "", n["improvements"], "",
              "六、其他需要报告的事项", "", n["other"], "",
              "（二）收取信息处理费情况。按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）规定，本年度未收取信息处理费。", ""]
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------------------------
# The units
# ---------------------------------------------------------------------------------------------------------------

SIMPLE = {"made": 1, "abolished": 0, "valid": 3, "permits": 12, "penalties": 6, "coercions": 0, "fees": 0}

UNITS = [
    {
        "id": "dongcheng", "type": "street-office", "name": "示范县东城街道", "issuer": "示范县东城街道办事处",
        "host": "dongcheng.sfx.test", "office": "党政办公室", "address": "示范县东城街道人民路12号", "phone": "0871—6810012",
        "published": "2027-01-22", "shows": "on time, clean; report on page 2 of a column paginated by createPageHTML",
        "tables": SIMPLE | {"permits": 4, "penalties": 2},
        "applications": {"received": 4, "open": 3, "unheld": 1},
        "previous": {
            "published": "2026-01-20",
            "tables": SIMPLE | {"made": 1, "valid": 2, "permits": 5, "penalties": 3},
            "applications": {"received": 3, "open": 2, "unheld": 1},
            "narrative": {
                "lead": "2025年，东城街道以“居民少跑腿、信息多跑路”为目标推进政务公开，重点围绕背街小巷整治、社区食堂建设和就业帮扶公开信息。",
                "active": "全年主动公开政府信息132条，其中背街小巷整治项目信息41条，就业帮扶和社区食堂信息37条，其他信息54条，均通过县政府门户网站街道专栏发布。",
                "requests": "全年共收到政府信息公开申请3件，予以公开2件，因本机关不掌握相关政府信息无法提供1件，全部按期答复。",
                "management": "街道办事处制定政府信息发布审核办法，明确拟稿、审核、签发三个环节；本年新制发规范性文件1件，现行有效2件。",
                "platforms": "在街道便民服务大厅设立政务公开专区，配备查阅电脑两台，各社区居务公开栏每月更新一次。",
                "oversight": "街道将公开工作列入对各科室和社区的年度考核，年中组织居民代表开展一次社会评议，对未按期更新公开栏的社区负责人进行约谈，落实责任追究。",
                "problems": "主要问题：一是背街小巷整治项目的进度信息更新不够及时；二是部分社区居务公开栏位置偏僻，居民知晓率不高。",
                "improvements": "改进措施：一是整治项目实行每半月更新一次进度；二是将公开栏迁移到社区出入口和小区广场等显眼位置。",
                "other": "（一）行政执法信息公开情况。全年作出行政许可决定5件、行政处罚决定3件，均在作出决定之日起七个工作日内公示。",
            },
        },
        "narrative": {
            "lead": "2026年，东城街道围绕老旧小区改造、社区养老服务和营商环境优化，把公开作为服务居民的日常工作来抓，辖区群众获取信息更加便捷。",
            "active": "街道通过县政府门户网站东城街道专栏、社区居务公开栏和“东城之声”公众号主动公开各类信息168条，重点发布老旧小区改造计划、养老服务补贴名单和营商政策解读。",
            "requests": "街道党政办公室负责申请的登记和答复，全年共收到政府信息公开申请4件，予以公开3件，因本机关不掌握相关政府信息无法提供1件，均在法定期限内答复。",
            "management": "建立公开前保密审查和个人信息保护核查两道关口，年内对街道制发的规范性文件进行了一次集中梳理，现行有效的3件全部在专栏集中展示。",
            "platforms": "依托社区党群服务中心设置四个政务公开查阅点，配备自助查询终端，方便老年居民就近查阅；公众号开设“政策速递”栏目每周更新。",
            "oversight": "街道把政务公开纳入社区年度考核评分，邀请居民代表和辖区商户开展社会评议两次，对信息更新滞后的社区通报批评并落实责任追究。",
            "problems": "主要问题：一是社区公开栏内容以通知为主，政策解读偏少；二是公众号与门户网站专栏存在个别信息不同步的情况。",
            "improvements": "改进措施：一是每季度编写社区版政策问答并张贴上墙；二是指定专人每周核对两个平台的发布清单，确保同步。",
            "other": "（一）行政执法信息公开情况。全年作出行政处罚决定2件、行政许可决定4件，均按规定在门户网站公示。",
        },
    },
    {
        "id": "xiguan", "type": "township", "name": "示范县西关镇", "issuer": "示范县西关镇人民政府",
        "host": "xiguan.sfx.test", "office": "党政综合办公室", "address": "示范县西关镇迎宾路3号", "phone": "0871—6820033",
        "published": "2027-01-25", "charset": "gbk", "shows": "on time; column page and report page GBK-encoded",
        "tables": SIMPLE | {"made": 2, "valid": 5, "permits": 21, "penalties": 9, "coercions": 1},
        "applications": {"received": 2, "open": 2},
        "previous": {
            "published": "2026-01-23",
            "tables": SIMPLE | {"made": 1, "abolished": 1, "valid": 3, "permits": 18, "penalties": 7},
            "applications": {"received": 3, "open": 2, "partial": 1},
            "narrative": {
                "lead": "2025年，西关镇围绕粮食生产、农村道路硬化和饮水安全工程推进政务公开，注重让农民群众看得到、看得懂。",
                "active": "全年主动公开政府信息203条，其中耕地地力保护补贴等惠农资金信息88条，农村道路和饮水工程信息47条，其他信息68条。",
                "requests": "本年度收到政府信息公开申请3件，予以公开2件，部分公开1件，均在法定期限内作出答复。",
                "management": "镇政府明确党政综合办公室为公开工作机构，配备兼职人员两名；本年新制发规范性文件1件，废止1件，现行有效3件。",
                "platforms": "主要通过县政府网站西关镇专栏发布信息，各行政村公开栏每季度更新，镇便民服务中心设置政策资料取阅架。",
                "oversight": "镇里把政务公开列入年度目标考核内容，组织村民代表开展社会评议，对公开不到位的村严肃问责，落实责任追究。",
                "problems": "存在的问题：一是部分村干部对公开工作重视不够，公开栏存在过期内容；二是工程项目的资金使用情况公开不够细。",
                "improvements": "改进措施：一是开展村级公开工作培训，每季度抽查公开栏；二是工程项目竣工后公开资金决算明细。",
                "other": "（一）行政执法信息公开情况。全年办理行政许可18件，作出行政处罚7件，执法结果均依法公开。",
            },
        },
        "narrative": {
            "lead": "西关镇是全县的农业大镇，2026年政务公开聚焦高标准农田建设、惠农补贴发放和农村人居环境整治，做到群众关心什么就公开什么。",
            "active": "全年主动公开政府信息241条，其中惠农补贴发放信息96条，项目招投标及建设进度信息58条，其他信息87条，涉及群众切身利益的事项全部在村务公开栏同步张贴。",
            "requests": "本年度共收到群众提出的政府信息公开申请2件，内容涉及土地流转和补贴标准，均已予以公开并当面送达答复书。",
            "management": "镇党政综合办公室牵头建立信息发布台账，实行“谁制作、谁负责”的审核机制，全年清理失效文件材料一批，新制发规范性文件2件。",
            "platforms": "以县政府网站西关镇专栏为主，二十三个行政村公开栏统一规格、统一栏目，并在镇便民服务中心大厅设置电子显示屏滚动播放。",
            "oversight": "镇党委每半年听取一次政务公开工作汇报，把公开情况纳入村干部绩效考核，组织村民代表进行满意度测评即社会评议，对弄虚作假的严肃追究责任。",
            "problems": "存在的问题：部分村公开栏内容偏简单，财务公开明细不够；惠农补贴公示期间群众反馈渠道宣传不足。",
            "improvements": "下一步：统一制定村级财务公开明细模板，逐项列明收支；在公示材料上印制监督电话和二维码，畅通反馈渠道。",
            "other": "（一）行政执法信息公开情况。全年办理行政许可21件，作出行政处罚9件、行政强制1件，执法结果均依法公开。",
        },
    },
    {
        "id": "nanhu", "type": "township", "name": "示范县南湖乡", "issuer": "示范县南湖乡人民政府",
        "host": "nanhu.sfx.test", "office": "党政办", "address": "示范县南湖乡湖滨路1号", "phone": "0871—6830045",
        "published": "2027-02-05", "shows": "late: the page's 发布时间 is after the 2027-01-31 deadline (F02)",
        "tables": SIMPLE | {"made": 0, "valid": 2, "permits": 7, "penalties": 3},
        "applications": {"received": 1, "open": 1},
        "narrative": {
            "lead": "南湖乡以湖区生态保护和渔民转产安置为中心工作，2026年围绕这两项工作做好信息发布，保障群众的知情权和监督权。",
            "active": "通过县政府网站南湖乡专栏、乡政务微博和渔村公开栏发布信息132条，重点公开禁捕退捕补偿、转产就业培训和湖区治理项目资金使用情况。",
            "requests": "全年共收到政府信息公开申请1件，申请人询问退捕补偿标准，我乡已予以公开并提供了相关文件。",
            "management": "乡党政办配备一名专职信息员，拟公开信息经分管领导签批后发布；对历年规范性文件开展清理，现行有效2件。",
            "platforms": "在六个渔业村设立公开栏，汛期增设临时公告牌发布防汛信息；乡政务微博全年发布动态信息八十余条。",
            "oversight": "把政务公开列入对村工作考核，邀请人大代表和渔民代表参加社会评议会，对群众反映的公开不及时问题追究经办人责任。",
            "problems": "主要问题：年度报告编制启动较晚，未能在规定时间内公开；微博信息与网站专栏存在重复发布。",
            "improvements": "整改措施：明年十二月即启动年报编制，一月中旬前完成审核发布；明确网站专栏为权威发布渠道，微博只做转载引导。",
            "other": "（一）行政执法信息公开情况。全年办理行政许可7件、行政处罚3件，处罚决定已在网站公示。",
        },
    },
    {
        "id": "hongqiao", "type": "township", "name": "示范县虹桥镇", "issuer": "示范县虹桥镇人民政府",
        "host": "hongqiao.sfx.test", "office": "党政综合办", "address": "示范县虹桥镇虹桥大道88号", "phone": "0871—6840066",
        "published": "2027-01-27", "shows": "arithmetic error: table 三 does not balance, 5 new requests but 4 results and none carried over (T04)",
        "tables": SIMPLE | {"made": 1, "valid": 4, "permits": 15, "penalties": 4},
        "applications": {"received": 5, "open": 3, "unheld": 1},
        "previous": {
            "published": "2026-01-26",
            "tables": SIMPLE | {"made": 1, "valid": 3, "permits": 11, "penalties": 5},
            "applications": {"received": 2, "open": 2},
            "narrative": {
                "lead": "2025年，虹桥镇围绕城镇更新和集镇环境提升，把项目建设、征收补偿和民生资金作为公开的主要内容。",
                "active": "全年主动公开政府信息156条，其中城镇更新项目信息52条，民生资金发放信息61条，其他信息43条。",
                "requests": "收到政府信息公开申请2件，均予以公开。",
                "management": "建立信息公开保密审查台账，重要信息发布前由镇分管领导审签；本年新制发规范性文件1件，现行有效3件。",
                "platforms": "依托县政府网站虹桥镇专栏和镇政务微信公众号发布信息，在集镇主干道设置公开宣传栏。",
                "oversight": "镇政府将政务公开纳入各村年度考核，邀请人大代表和群众代表开展社会评议，对信息发布不及时的责任人进行责任追究。",
                "problems": "主要问题：一是民生资金公示时间偏短，部分群众反映来不及查看；二是微信公众号信息更新频率不高。",
                "improvements": "改进措施：一是民生资金公示期统一延长至十五天；二是公众号每周至少更新两次并安排专人维护。",
                "other": "（一）行政执法信息公开情况。全年办理行政许可11件，行政处罚5件，均已按要求公开。",
            },
        },
        "narrative": {
            "lead": "虹桥镇地处县城近郊，2026年征地拆迁和安置房分配任务繁重，镇政府坚持把征拆政策、补偿标准和安置结果作为公开重点。",
            "active": "全年主动公开信息198条，其中征地补偿和安置房分配结果公示47批次，城镇规划及项目审批信息39条。",
            "requests": "收到政府信息公开申请5件，主要涉及征地补偿款发放，予以公开3件，本机关不掌握相关政府信息1件，已告知申请人向县自然资源局申请。",
            "management": "征拆类信息实行镇村两级联审，公示前由法律顾问审核补偿依据；全年新制发规范性文件1件，现行有效4件。",
            "platforms": "在三个安置小区设置公示大屏，开通征拆政策咨询热线，网站专栏设立“征拆公示”子栏目集中发布。",
            "oversight": "镇纪委对征拆信息公开开展专项监督检查，结果纳入干部考核，组织被征地群众代表评议公开工作，对公示不全的情况追究相关人员责任。",
            "problems": "问题一：部分征地补偿公示只列总额，未列分户明细；问题二：个别申请答复超过了法定期限。",
            "improvements": "措施一：补偿公示一律细化到户并注明计算依据；措施二：建立申请办理倒计时提醒，超期前三个工作日预警。",
            "other": "（一）行政执法信息公开情况。全年办理行政许可15件，行政处罚4件，均已按要求公开。",
        },
    },
    {
        "id": "jyj", "type": "department", "name": "示范县教育局", "issuer": "示范县教育局",
        "host": "jyj.sfx.test", "office": "办公室", "address": "示范县文昌路20号", "phone": "0871—6850077",
        "published": "2027-01-26", "shows": "text contradicts a table: 1 administrative review in the text, none in table 四 (N02)",
        "tables": SIMPLE | {"made": 3, "abolished": 1, "valid": 9, "permits": 36, "penalties": 0},
        "applications": {"received": 6, "open": 4, "partial": 1, "unheld": 1},
        "narrative": {
            "lead": "县教育局认真贯彻政府信息公开条例，2026年重点做好招生入学、教育收费、学生资助和校园安全等领域信息公开。",
            "active": "全年在局网站和“示范教育”公众号发布信息305条，其中义务教育招生政策及划片范围21条，学生资助名单公示18批次，教育收费标准全部公开。",
            "requests": "受理政府信息公开申请6件，予以公开4件，部分公开1件，本机关不掌握相关政府信息1件。因政府信息公开被申请行政复议1件，复议机关维持了原答复。",
            "management": "局机关各股室指定信息联络员，实行股室初审、办公室复审、分管局长终审；新制发规范性文件3件，废止1件，现行有效9件。",
            "platforms": "局网站设立招生入学、教育收费、学生资助专题栏目，各中小学校务公开栏按学期更新，招生季开通咨询热线。",
            "oversight": "将信息公开工作纳入对学校的年度督导评估，聘请家长代表担任社会监督员，对违规收费信息未公开的学校进行通报。",
            "problems": "存在的问题：一是部分学校校务公开内容更新不及时，仍停留在上学期；二是个别学校收费公示张贴位置不显眼，家长不易看到；三是招生政策解读以文字为主，图解偏少。",
            "improvements": "改进措施：一是开展校务公开专项检查，每学期开学两周内完成收费公示并拍照报局办公室备案；二是招生季前制作图解和短视频解读，在公众号集中推送。",
            "other": "（一）行政执法信息公开情况。全年办理民办学校审批等行政许可36件，未作出行政处罚。",
        },
    },
    {
        "id": "mzj", "type": "department", "name": "示范县民政局", "issuer": "示范县民政局",
        "host": "mzj.sfx.test", "office": "办公室", "address": "示范县民生路6号", "phone": "0871—6860088",
        "published": "2027-01-29", "old_format": True, "shows": "old format: table 二 in the abolished 2019 layout (S06)",
        "tables": SIMPLE | {"made": 1, "valid": 6, "permits": 9, "penalties": 1},
        "applications": {"received": 3, "open": 2, "unheld": 1},
        "narrative": {
            "lead": "县民政局2026年继续做好社会救助、养老服务、婚姻登记和殡葬管理等民生领域的信息公开。",
            "active": "在局网站公开低保、特困供养对象名单及资金发放情况，发布养老服务机构名录和补贴政策，全年公开信息176条。",
            "requests": "收到政府信息公开申请3件，予以公开2件，不掌握相关信息1件。",
            "management": "由局办公室统一发布信息，救助对象名单公示前隐去身份证号码等个人信息。",
            "platforms": "局网站、婚姻登记大厅电子屏和各乡镇民政办公开栏同步发布。",
            "oversight": "把公开工作纳入股室年度考核，对救助信息公示不规范的问题督促整改。",
            "problems": "存在的主要问题：救助对象动态调整信息公开不够及时，部分乡镇民政办公开栏仍张贴上一季度名单，养老服务补贴政策解读不够通俗。",
            "improvements": "改进措施：每月10日前更新救助对象名单并督促乡镇同步张贴，编印养老服务补贴政策问答，组织乡镇民政干部开展业务培训。",
            "other": "（一）行政执法信息公开情况。全年办理行政许可9件，行政处罚1件。",
        },
    },
    {
        "id": "shiqiao", "type": "township", "name": "示范县石桥乡", "issuer": "示范县石桥乡人民政府",
        "host": "shiqiao.sfx.test", "office": "党政办公室", "address": "示范县石桥乡石桥街5号", "phone": "0871—6870099",
        "published": "2027-01-26", "shows": "published only as a PDF linked straight from the column",
        "tables": SIMPLE | {"made": 0, "valid": 1, "permits": 5, "penalties": 2},
        "applications": {"received": 0},
        "narrative": {
            "lead": "石桥乡是山区乡，人口分散，2026年重点通过村组公开栏和广播把政策送到群众身边。",
            "active": "全年主动公开政府信息94条，主要是巩固脱贫成果、危房改造和山林防火信息，其中通过村组公开栏公开61条。",
            "requests": "本年度未收到政府信息公开申请。",
            "management": "乡党政办公室负责统筹，各站所提供信息，涉及资金的公示先由乡财政所核对数据再发布。",
            "platforms": "除县政府网站石桥乡专栏外，利用“村村响”广播每周播报政策信息，偏远村组由驻村干部入户宣传。",
            "oversight": "乡政府把信息公开情况列入村级年度考核，召开群众评议会听取意见，对公示内容错误的站所负责人进行约谈并追究责任。",
            "problems": "主要问题：网站专栏更新频次偏低，图文解读几乎空白；山区群众上网不便，线上公开效果有限。",
            "improvements": "改进措施：每月至少更新专栏四次，配发一篇图文解读；继续发挥广播和入户宣传作用，做到线上线下互补。",
            "other": "（一）行政执法信息公开情况。全年办理行政许可5件，作出行政处罚2件，已在专栏公示。",
        },
    },
    {
        "id": "wsj", "type": "department", "name": "示范县卫生健康局", "issuer": "示范县卫生健康局",
        "host": "wsj.sfx.test", "office": "办公室", "address": "示范县健康路15号", "phone": "0871—6880011",
        "published": "2027-01-30", "shows": "report as a DOCX attached to a detail page that only introduces it",
        "tables": SIMPLE | {"made": 2, "abolished": 1, "valid": 7, "permits": 58, "penalties": 11, "coercions": 2},
        "applications": {"received": 3, "open": 2, "partial": 1},
        "narrative": {
            "lead": "县卫生健康局围绕医疗服务、公共卫生和医保便民，2026年推进卫生健康领域基层政务公开标准化，群众就医信息获取更加方便。",
            "active": "全年公开信息263条，发布医疗机构执业登记、医疗服务价格、疫苗接种门诊名录和公共场所卫生监督抽检结果，其中监督抽检结果42批次。",
            "requests": "收到政府信息公开申请3件，涉及医疗机构处罚和医疗服务价格，予以公开2件，部分公开1件。",
            "management": "局机关建立公开事项清单，按清单动态更新；新制发规范性文件2件，废止1件，现行有效7件。",
            "platforms": "局网站设立“卫生监督公示”专栏，县医院和各乡镇卫生院在门诊大厅公开服务价格和就诊流程。",
            "oversight": "把公开工作纳入对医疗卫生单位的年度目标考核，邀请患者代表开展满意度评议，对价格公示不全的单位责令整改。",
            "problems": "存在问题：一是部分乡镇卫生院价格公示未随调价及时更新；二是监督抽检结果的解读说明不够通俗。",
            "improvements": "改进方向：一是调价后五个工作日内更新公示并报局备案；二是抽检结果配发问答式解读。",
            "other": "（一）行政执法信息公开情况。全年办理行政许可58件，行政处罚11件，行政强制2件，执法信息按规定公示。",
        },
    },
    {
        "id": "liushu", "type": "township", "name": "示范县柳树镇", "issuer": "示范县柳树镇人民政府",
        "host": "liushu.sfx.test", "office": "党政综合办公室", "address": "示范县柳树镇柳林路9号", "phone": "0871—6890022",
        "published": "2027-01-24", "shows": "changed after publication: the report page is replaced with a corrected version (F04)",
        "tables": SIMPLE | {"made": 1, "valid": 2, "permits": 10, "penalties": 5},
        "applications": {"received": 2, "open": 1, "unheld": 1},
        "narrative": {
            "lead": "柳树镇以特色林果产业和乡村旅游为抓手，2026年政务公开重点围绕产业扶持资金、旅游项目建设和集镇环境整治展开。",
            "active": "镇政府全年发布信息157条，产业扶持资金分配和使用情况公示、乡村旅游项目审批及进展信息是发布的重点。",
            "requests": "共收到政府信息公开申请2件，予以公开1件，另1件因本机关不掌握相关信息无法提供，已告知申请人向有关部门咨询。",
            "management": "对产业扶持资金实行“一项目一公示”，由经办站所、财政所和纪委三方核对后发布。",
            "platforms": "县政府网站柳树镇专栏、镇文化广场电子屏和各村公开栏同步更新，旅游项目信息同时在景区游客中心公示。",
            "oversight": "镇党委把公开工作纳入各村和站所年度考核，组织产业合作社代表开展社会评议，对资金公示延误的情况实行责任追究。",
            "problems": "主要问题：一是产业扶持资金公示的时效性不强，部分项目资金拨付后才公示；二是乡村旅游项目的审批进展只公布结果，过程信息公开不够。",
            "improvements": "改进措施：一是今后资金分配方案一律先公示后拨付，公示期不少于七天；二是旅游项目从立项到验收分阶段公开，每个阶段结束后五个工作日内更新。",
            "other": "（一）行政执法信息公开情况。全年办理行政许可10件，行政处罚5件，均依法公示。",
        },
    },
]

# A second version of 柳树镇's report, posted over the first: a figure in the narrative corrected (F04).
LIUSHU_V2 = ("公示期不少于七天", "公示期不少于十天")

# 北山镇 has only last year's report: the 2026 one never appears (F01 once the deadline has passed).
BEISHAN = {
    "id": "beishan", "type": "township", "name": "示范县北山镇", "issuer": "示范县北山镇人民政府",
    "host": "beishan.sfx.test", "office": "党政办公室", "address": "示范县北山镇矿区路2号", "phone": "0871—6800033",
    "published": "2026-01-28", "shows": "missing: the column lists only the 2025 report and news (F01)",
    "tables": SIMPLE | {"made": 0, "valid": 3, "permits": 8, "penalties": 2},
    "applications": {"received": 1, "open": 1},
    "narrative": {
        "lead": "北山镇2025年围绕矿区生态修复和移民搬迁做好政府信息公开。",
        "active": "全年公开信息87条，重点公开矿区治理项目和搬迁补助发放情况。",
        "requests": "收到政府信息公开申请1件，已予以公开。",
        "management": "镇党政办公室统一审核发布。",
        "platforms": "县政府网站北山镇专栏和各村公开栏。",
        "oversight": "纳入村级考核，开展群众评议，对公开不及时的追究责任。",
        "problems": "主要问题：搬迁补助公示不够详细，只公布了各村汇总金额；矿区治理项目进度信息更新不及时，群众咨询较多。",
        "improvements": "改进措施：搬迁补助一律公示到户并注明标准；矿区治理项目每月更新一次进度，在项目所在村公开栏同步张贴。",
        "other": "（一）行政执法信息公开情况。全年办理行政许可8件，行政处罚2件。",
    },
}

GAOSHAN = {"id": "gaoshan", "type": "township", "name": "示范县高山乡", "issuer": "示范县高山乡人民政府",
           "host": "gaoshan.sfx.test", "shows": "unreachable: the column answers 500 on every pass (never F01; F05 from the third failed pass)"}

# ---------------------------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------------------------


def article_html(text, published, site, charset="utf-8", body_only=False):
    """A county CMS article page (or, with body_only, a bare document for LibreOffice) from a plain-text report."""
    lines = text.splitlines()
    title = lines[0]
    body, table = [], []

    def flush():
        if table:
            body.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">')
            body.extend("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in table)
            body.append("</table>")
            table.clear()

    for line in lines[1:]:
        if "\t" in line:
            table.append(line.split("\t"))
            continue
        flush()
        if line.strip():
            tag = "h3" if line[:2] in ("一、", "二、", "三、", "四、", "五、", "六、") else "p"
            body.append(f"<{tag}>{html.escape(line)}</{tag}>")
    flush()
    head = (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'<meta name="PubDate" content="{published} 09:30">\n<title>{html.escape(title)}_{site}</title>\n'
            '<style>body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif} td{font-size:10pt}</style></head>\n<body>\n')
    if body_only:
        return head + f"<h1>{html.escape(title)}</h1>\n" + "\n".join(body) + "\n</body></html>\n"
    return (head + f'<div class="header"><a href="/">{site}</a> | <a href="/xxgk/">信息公开</a></div>\n'
            '<div class="position">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>\n'
            f'<div class="article">\n<h1>{html.escape(title)}</h1>\n'
            f'<div class="info">发布时间：{published}　来源：{site}　浏览次数：57</div>\n<div class="content">\n'
            + "\n".join(body) + '\n</div>\n</div>\n<div class="footer">主办：' + site + "　技术支持：示范县大数据中心</div>\n</body></html>\n")


def listing_html(site, items, charset="utf-8", script_pages=None):
    """A report column: a list of links with dates, optionally paginated by a createPageHTML script."""
    lis = "\n".join(f'<li><a href="{href}" target="_blank">{html.escape(text)}</a><span class="date">{date}</span></li>' for href, text, date in items)
    script = ""
    if script_pages:
        count, current = script_pages
        script = (f'\n<script type="text/javascript">var countPage = {count}; var currentPage = {current};\n'
                  'createPageHTML(countPage, currentPage, "index", "html");</script>')
    return (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f'<title>政府信息公开年报_{site}</title></head>\n<body>\n<div class="header">{site}</div>\n'
            f'<div class="list"><ul>\n{lis}\n</ul></div>{script}\n</body></html>\n')


def news(n):
    titles = ["关于做好冬季森林防火工作的通知", "召开2027年第一次党委会议", "2026年度财政预算执行情况公示", "关于开展农村人居环境整治“回头看”的通知",
              "2025年政府信息公开工作年度报告编制培训会召开", "春节期间安全生产大检查工作部署", "2026年第四季度重大项目进展情况"]
    return titles[n % len(titles)]


def soffice(fmt, source, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation=file://{outdir}/lo-profile", "--headless", "--infilter=HTML (StarWriter)",
                    "--convert-to", fmt, "--outdir", outdir, source], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    if shutil.which("soffice") is None:
        sys.exit("soffice (LibreOffice) is needed for the PDF and DOCX: apt-get install libreoffice fonts-noto-cjk")
    for folder in (FILES, SOURCES):
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
    pages = []
    previous_pages = []
    registry_units = []

    def write(name, content, encoding="utf-8"):
        with open(os.path.join(FILES, name), "wb") as f:
            f.write(content.encode(encoding) if isinstance(content, str) else content)
        return f"files/{name}"

    def page(host, path, files, charset="utf-8", content_type=None, target=None):
        entry = {"host": host, "path": path, "files": files, "validators": True}
        if content_type:
            entry["contentType"] = content_type
        else:
            entry["charset"] = charset
        (pages if target is None else target).append(entry)

    work = tempfile.mkdtemp()
    try:
        for u in UNITS + [BEISHAN]:
            year = 2025 if u is BEISHAN else YEAR
            text = report(u, year, u.get("old_format", False))
            with open(os.path.join(SOURCES, f"{u['id']}-{year}.txt"), "w", encoding="utf-8") as f:
                f.write(text)
            site = u["issuer"]
            host, charset, published = u["host"], u.get("charset", "utf-8"), u["published"]
            stamp = published.replace("-", "")
            listing = "/xxgk/ndbg/index.html"
            registry_units.append({"id": u["id"], "name": u["issuer"], "type": u["type"], "listingUrls": [f"http://{host}{listing}"]})
            report_title = text.splitlines()[0]
            detail = f"/xxgk/ndbg/{stamp[:6]}/t{stamp}_{len(pages) + 101}.html"
            items = [(f"/xxgk/tzgg/t{stamp}_1.html", news(len(pages)), published), (detail, report_title, published),
                     (f"/xxgk/tzgg/t{stamp}_2.html", news(len(pages) + 3), "2026-12-18")]

            if u["id"] == "shiqiao":
                pdf_html = os.path.join(work, "shiqiao.html")
                with open(pdf_html, "w", encoding="utf-8") as f:
                    f.write(article_html(text, published, site, body_only=True))
                soffice("pdf", pdf_html, work)
                pdf = f"/xxgk/ndbg/P0{stamp}.pdf"
                items[1] = (pdf, report_title, published)
                page(host, pdf, [write("shiqiao-2026.pdf", open(os.path.join(work, "shiqiao.pdf"), "rb").read())], content_type="application/pdf")
            elif u["id"] == "wsj":
                docx_html = os.path.join(work, "wsj.html")
                with open(docx_html, "w", encoding="utf-8") as f:
                    f.write(article_html(text, published, site, body_only=True))
                soffice("docx:MS Word 2007 XML", docx_html, work)
                attachment = f"/xxgk/ndbg/{stamp[:6]}/P0{stamp}_1.docx"
                page(host, attachment, [write("wsj-2026.docx", open(os.path.join(work, "wsj.docx"), "rb").read())],
                     content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                intro = (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{report_title}_{site}</title></head><body>\n'
                         f'<div class="article"><h1>{report_title}</h1><div class="info">发布时间：{published}　来源：{site}</div>\n'
                         f'<div class="content"><p>现将{report_title}予以公布，详见附件。</p>\n'
                         f'<p>附件：<a href="{attachment}">{report_title}.docx</a></p></div></div></body></html>\n')
                page(host, detail, [write("wsj-2026-page.html", intro)])
            elif u["id"] == "liushu":
                v1 = article_html(text, published, site)
                v2 = article_html(text.replace(*LIUSHU_V2), published, site)
                page(host, detail, [write("liushu-2026-v1.html", v1), write("liushu-2026-v2.html", v2)])
            else:
                page(host, detail, [write(f"{u['id']}-{year}.html", article_html(text, published, site, charset), charset)], charset)

            if "previous" in u:
                # Last year's report stays in the column below this year's, as on real CMS columns; it is the
                # previous-year context of this year's report (T08, T09, Q02, Q04).
                last, last_year = u | u["previous"], year - 1
                last_text = report(last, last_year)
                with open(os.path.join(SOURCES, f"{u['id']}-{last_year}.txt"), "w", encoding="utf-8") as f:
                    f.write(last_text)
                last_stamp = last["published"].replace("-", "")
                last_detail = f"/xxgk/ndbg/{last_stamp[:6]}/t{last_stamp}_{len(previous_pages) + 201}.html"
                page(host, last_detail, [write(f"{u['id']}-{last_year}.html", article_html(last_text, last["published"], site, charset), charset)],
                     charset, target=previous_pages)
                items.append((last_detail, last_text.splitlines()[0], last["published"]))

            if u["id"] == "dongcheng":
                # The report sits on the column's second page, reached through the CMS's pagination script.
                first = [(f"/xxgk/tzgg/t2027012{i}_9.html", news(i), f"2027-01-2{i}") for i in range(3, 9)]
                page(host, listing, [write("dongcheng-index.html", listing_html(site, first, script_pages=(2, 0)))])
                page(host, "/xxgk/ndbg/index_1.html", [write("dongcheng-index_1.html", listing_html(site, items, script_pages=(2, 1)))])
            elif u is BEISHAN:
                older = [(f"/xxgk/tzgg/t20270108_3.html", news(4), "2027-01-08"), (detail, report_title, published),
                         ("/xxgk/tzgg/t20251230_1.html", news(6), "2025-12-30")]
                page(host, listing, [write("beishan-index.html", listing_html(site, older))])
            else:
                page(host, listing, [write(f"{u['id']}-index.html", listing_html(site, items, charset), charset)], charset)

        pages.extend(previous_pages)
        registry_units.append({"id": GAOSHAN["id"], "name": GAOSHAN["issuer"], "type": GAOSHAN["type"],
                               "listingUrls": [f"http://{GAOSHAN['host']}/xxgk/ndbg/index.html"]})
        pages.append({"host": GAOSHAN["host"], "path": "/xxgk/ndbg/index.html", "status": [500]})
    finally:
        shutil.rmtree(work, ignore_errors=True)

    manifest = {"comment": "Generated by scripts/make-sample-portal.py: the fictional county 示范县 that `sweep` serves on 127.0.0.1. Edit the script, not this file.",
                "pages": pages}
    with open(os.path.join(OUT, "portal.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")
    order = {u["id"]: i for i, u in enumerate([UNITS[0], UNITS[1], BEISHAN] + UNITS[2:] + [GAOSHAN])}
    registry = {
        "countyId": "shifan", "countyName": COUNTY, "timeZone": "Asia/Shanghai",
        "recipients": ["zwgk@shifan.example.gov.cn"], "sender": "monitor@shifan.example.gov.cn",
        "deadlines": {"township": "01-31", "street-office": "01-31", "department": "01-31", "county-government": "03-31", "graceDays": 0},
        "units": sorted(registry_units, key=lambda u: order[u["id"]]),
    }
    with open(os.path.join(ROOT, "samples", "registry.json"), "w", encoding="utf-8") as f:
        json.dump(registry, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"samples/portal: {len(pages)} pages, {len(registry['units'])} units")


if __name__ == "__main__":
    main()
