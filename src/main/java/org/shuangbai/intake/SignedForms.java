package org.shuangbai.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import org.shuangbai.Workspace;
import org.shuangbai.forms.FormIdentity;
import org.shuangbai.plan.FormKind;
import org.shuangbai.forms.FormLayout;
import org.shuangbai.forms.FormLayouts;
import org.shuangbai.forms.FormSigner;
import org.shuangbai.forms.FormTexts;
import org.shuangbai.forms.LockedCell;
import org.shuangbai.forms.WorkspaceKey;
import org.shuangbai.plan.AssessedUnit;
import org.shuangbai.plan.Assessor;
import org.shuangbai.plan.Plan;
import org.shuangbai.text.Messages;

/** The generator's layouts and signature check for one workspace (its plan, texts and key). */
public final class SignedForms implements FormContract {
    private final Plan plan;
    private final FormTexts texts;
    private final FormSigner signer;
    /**
     * Recently used layouts: returned files come unit folder by unit folder, so a small cache saves
     * rebuilding a unit's layout for each of its files while keeping memory flat however many units
     * a plan has (an unbounded map grew the heap with N).
     */
    private final Map<String, FormLayout> layouts = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FormLayout> eldest) {
            return size() > LAYOUT_CACHE;
        }
    };
    private static final int LAYOUT_CACHE = 48;

    public SignedForms(Plan plan, FormTexts texts, FormSigner signer) {
        this.plan = plan;
        this.texts = texts;
        this.signer = signer;
    }

    /**
     * The contract of a workspace. Never creates a key: without the key that signed the distributed
     * workbooks nothing can be verified, and a fresh key would reject every file.
     */
    public static SignedForms of(Workspace workspace, Plan plan) throws IOException {
        if (!Files.exists(workspace.keyFile())) {
            throw new IOException(Messages.text("intake.key.missing", "file", workspace.keyFile()));
        }
        return new SignedForms(plan, FormTexts.load(workspace), new FormSigner(WorkspaceKey.loadOrCreate(workspace)));
    }

    /**
     * Built outside the lock: the checking threads share this contract, and building a layout while
     * holding it made one thread wait for the other's (a seventh of a return's checking time). Two
     * threads may build the same layout at once; it is the same layout.
     */
    @Override
    public FormLayout layout(AssessedUnit unit, FormKind kind) {
        String key = unit.code() + "|" + kind.option();
        synchronized (this) {
            FormLayout known = layouts.get(key);
            if (known != null) {
                return known;
            }
        }
        FormLayout built = FormLayouts.build(plan, unit, kind, texts);
        synchronized (this) {
            FormLayout known = layouts.putIfAbsent(key, built);
            return known != null ? known : built;
        }
    }

    @Override
    public synchronized FormLayout layout(Assessor body) {
        // a body's workbook may hold 10,000 rows: only the last is kept, so they never crowd the cache
        String key = "body|" + body.code();
        FormLayout layout = layouts.get(key);
        if (layout == null) {
            layouts.keySet().removeIf(k -> k.startsWith("body|"));
            layout = FormLayouts.build(plan, body, texts);
            layouts.put(key, layout);
        }
        return layout;
    }

    @Override
    public boolean verify(FormIdentity identity, FormLayout issued, String signature) {
        return signer.verify(identity, issued, signature);
    }

    @Override
    public String normalize(Object value) {
        return LockedCell.normalize(value);
    }
}
