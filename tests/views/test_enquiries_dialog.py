"""The enquiry log dialog: note a consultation, then turn it into a complaint with the intake form
filled from it."""

from __future__ import annotations

from app.domain.dates import today_local
from app.services.admin.users import add_user
from app.services.cases.enquiries import list_enquiries
from app.views.context import AppContext
from app.views.dialogs.enquiries_dialog import EnquiriesDialog


def test_a_consultation_is_noted_and_turned_into_a_complaint(qtbot, sqlite_db, admin):
    add_user(sqlite_db, admin, "boss", "赵主管", ["supervisor"])
    dialog = EnquiriesDialog(AppContext(sqlite_db, admin))
    qtbot.addWidget(dialog)
    dialog.add()
    assert "内容" in dialog.problems.text(), "an empty topic is refused"
    dialog.topic.setText("网购生鲜变质，商家只退一半")
    dialog.nature.setCurrentIndex(dialog.nature.findData("quality"))
    dialog.add()
    assert dialog.table.rowCount() == 1 and "1" in dialog.count.text()
    dialog.table.selectRow(0)
    assert dialog.to_complaint.isEnabled()
    form = dialog.turn_into_complaint()
    assert form is not None
    draft = form.case_form.draft()
    assert draft.facts == "网购生鲜变质，商家只退一半" and draft.nature == "quality"
    assert draft.received_on == today_local()
    form.reject()
    rows = list_enquiries(sqlite_db, admin, today_local(), today_local())
    assert rows[0].case_no is None, "nothing linked until the complaint is registered"
