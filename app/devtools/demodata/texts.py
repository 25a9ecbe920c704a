"""The words of demo workflow records: rejection reasons, suspension and termination notes, session
summaries, and the ground and outcome mixes that go with them."""

from __future__ import annotations

# ground -> (weight, written reason) for not accepting a complaint
REJECTION_GROUNDS: dict[str, tuple[float, str]] = {
    "materials_missing": (25, "经多次联系，投诉人仍未提供购买凭证及经营者的有效信息。"),
    "private_deal": (18, "经核实，双方系朋友之间偶然转让闲置物品，不属于经营者与消费者之间的消费纠纷。"),
    "out_of_scope": (12, "投诉事项不属于本会受理范围，已告知投诉人向有关部门反映。"),
    "handled_elsewhere": (12, "该纠纷已由市场监督管理部门受理处理，本会不再重复受理。"),
    "no_consumer_relationship": (10, "投诉人购买商品用于转售经营，不属于为生活消费需要购买商品。"),
    "time_barred": (5, "投诉人知道权益受到侵害已超过三年。"),
    "business_dispute": (5, "投诉人与被投诉人均为经营者，属于经营者之间的纠纷。"),
    "already_performed": (3, "双方此前已达成和解协议并已履行，投诉人未提出新的事实和证据。"),
    "false_materials": (3, "投诉人提供的转账记录经核实系伪造。"),
    "refuses_identity_check": (2, "投诉人拒绝配合核验身份信息。"),
    "other": (5, "投诉人已自行撤回投诉申请。"),
}
ASSESSMENT_NOTES = (
    "卖家长期在朋友圈发布商品信息，持续对外销售。",
    "卖家自称为品牌代理，有多名下级代理。",
    "卖家开设了小程序店铺，销售记录较多。",
    "",
)
SUSPEND_NOTES = {
    "testing": ("双方同意送第三方机构检测，检测期间中止调解。", "商品需送检鉴定，等待鉴定结论。"),
    "recusal": ("经营者申请原调解员回避，另行指派前中止调解。",),
    "other": ("消费者住院治疗，暂时无法参加调解。", "经营者外出，双方约定待其返回后继续调解。"),
}
SUSPEND_REASONS = (("testing", "recusal", "other"), (65, 10, 25))
RESUME_NOTES = {
    "testing": "检测结论已出具，恢复调解。",
    "recusal": "已另行指派调解员，恢复调解。",
    "other": "中止原因已消除，恢复调解。",
}
TERMINATION_NOTES = {
    "withdrawn_or_settled": "消费者表示已与经营者自行和解，撤回投诉。",
    "no_testing_agreement": "双方对检测机构及检测费用承担无法达成一致。",
    "absent_or_refused": "经营者经两次通知无正当理由不参加调解。",
    "no_agreement_possible": "经营者明确表示不同意任何调解方案。",
    "limit_expired": "调解期限届满，双方仍未达成协议。",
    "non_acceptance_found": "受理后发现该纠纷已由法院受理。",
    "other": "经营者未按调解协议履行，经催告仍不履行。",
}
# Termination after mediation started; the no_testing_agreement weight applies only after testing.
TERMINATION_GROUNDS = {
    "withdrawn_or_settled": 25,
    "absent_or_refused": 25,
    "no_agreement_possible": 25,
    "limit_expired": 10,
    "non_acceptance_found": 5,
    "no_testing_agreement": 10,
}
EARLY_TERMINATION_GROUNDS = {"absent_or_refused": 55, "withdrawn_or_settled": 30, "non_acceptance_found": 15}
OUTCOMES_BY_GROUND: dict[str, dict[str, float]] = {
    "withdrawn_or_settled": {"self_settled": 60, "withdrawn": 40},
    "absent_or_refused": {"merchant_unreachable": 35, "referred_to_authority": 35, "advised_court_or_arbitration": 30},
    "no_agreement_possible": {"no_agreement": 60, "advised_court_or_arbitration": 40},
    "limit_expired": {"no_agreement": 80, "advised_court_or_arbitration": 20},
    "no_testing_agreement": {"no_agreement": 60, "advised_court_or_arbitration": 40},
    "non_acceptance_found": {"transferred": 50, "referred_to_authority": 50},
    "other": {"not_performed": 70, "referred_to_authority": 18, "advised_court_or_arbitration": 12},
}
REOPEN_REASONS = ("消费者提供了新的证据，经营者同意再次协商。", "经营者主动联系要求继续调解。")
START_NOTE = "双方均同意调解。"
CLOSE_AGREED_NOTE = "回访确认协议已履行完毕。"
CLOSE_TERMINATED_NOTE = "已书面告知双方终止调解。"
CLOSE_NOT_PERFORMED_NOTE = "回访得知经营者未按协议履行；已告知消费者可依法向人民法院起诉或申请仲裁"
WITHDRAW_NOTES = ("消费者来电表示已与商家自行协商解决，撤回投诉。", "消费者书面申请撤回投诉。")
TRANSFER_BODIES = {
    # outcome -> (receiving body, note)
    "referred_to_authority": ("临江市江北区市场监督管理局", "涉嫌违法经营，移送行政机关依法处理。"),
    "transferred": ("宁远市消费者协会", "经营者住所地不在本辖区，转交其所在地消费者协会。"),
}
ENTRUSTING_OFFICES = ("临江市市场监督管理局", "临江市江北区市场监督管理局", "临江市高新区市场监督管理局")
PLATFORMS = ("拼好物电商平台", "速购优选商城", "邻里团购小程序平台")
RESPONDENT_NOTES = {
    "platform": "平台不能提供销售者的真实名称、地址和有效联系方式，消费者要求平台承担责任。",
    "supplier": "销售者为品牌代理，消费者同时投诉品牌方。",
}
ADVANCE_NOTE = "平台依其先行赔付承诺先行赔付，再向销售者追偿。"
SESSION_MODES = (("phone", "wechat", "on_site", "video"), (45, 25, 20, 10))
MODE_WORDS = {"phone": "电话", "wechat": "通过微信", "on_site": "约双方到会", "video": "通过视频"}
MERCHANT_STANCES = (
    "称商品没有质量问题，只同意部分退款",
    "表示愿意协商，但认为消费者要求过高",
    "同意退货，但不同意承担其他费用",
    "称需要请示上级后答复",
)
AGREEMENT_TERMS = (
    "经营者于{due}前向消费者支付{total}元（退款{refund}元、赔偿{comp}元、惩罚性赔偿{punitive}元），双方纠纷就此了结。"
)


def yuan(cents: int) -> str:
    """Fen as a yuan string with two decimals, for texts."""
    return f"{cents // 100}.{cents % 100:02d}"
