package org.shuangbai.intake;

import java.util.List;

import org.shuangbai.forms.FormIdentity;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Plan;

/**
 * The keyed signature over the identity and the locked cells, checked once the locked cells read back as
 * issued. A signature that fails is traced, when it can be, to the unit it was issued to: then the file
 * was renamed into another unit's identity rather than made elsewhere.
 */
record SignatureCheck(Plan plan, FormContract contract) {
    /** Null when the signature is this workspace's over this identity and these labels; else what is wrong. */
    Problem problem(FormIdentity identity, AssessedUnit unit, String signature, List<FormContract.LabelRead> labels) {
        if (signature.isEmpty()) {
            return new Problem(ClaimedIdentity.SHEET, null, null, "工作簿缺少签名，无法证明是本系统下发的填报表。",
                    "请使用下发给本单位的原始工作簿重新填写。");
        }
        if (contract.verify(identity, labels, signature)) {
            return null;
        }
        for (AssessedUnit other : plan.units()) {
            if (other.equals(unit)) {
                continue;
            }
            FormIdentity theirs = new FormIdentity(identity.planCode(), identity.year(), other.code(), identity.form(),
                    identity.templateVersion());
            FormLayout l = contract.layout(other, identity.form());
            List<FormContract.LabelRead> expected = l.labels()
                    .map(s -> new FormContract.LabelRead(s.sheet(), s.ref(), s.text())).toList();
            if (contract.verify(theirs, expected, signature)) {
                return new Problem(ClaimedIdentity.SHEET, null, null, "身份信息中的单位被改为“" + unit.name() + "”（"
                        + unit.code() + "），但签名属于下发给“" + other.name() + "”（" + other.code()
                        + "）的工作簿：文件被改名冒用或身份信息被改动。", "请使用下发给本单位的原始工作簿重新填写。");
            }
        }
        return new Problem(ClaimedIdentity.SHEET, null, null, "签名核验不通过：身份信息被改动，或该工作簿由另一台电脑/另一工作目录"
                + "（另一密钥）生成，不是本考核办下发的。", "请使用本考核办下发给本单位的原始工作簿重新填写；如确由本办下发，请确认工作目录的密钥未被更换。");
    }
}
