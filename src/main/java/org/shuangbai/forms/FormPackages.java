package org.shuangbai.forms;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;

import org.shuangbai.plan.FormKind;

/**
 * The workbooks of one distribution, template-driven: each form's package is built once with POI
 * ({@link WorkbookGenerator}) and every other unit's workbook of that form is made by patching it
 * ({@link PackageTemplate}), which writes the same bytes as the full build at a fraction of its cost.
 *
 * <p>Per form, the first workbook built in full becomes a template; the next unit of the same shape is
 * built in full as well and its bytes compared with its patch. Only when they are identical are later
 * units patched; otherwise the form stays with full builds. Rewriting a rule's inline list of choices (the
 * 立项表's task numbers) is proven the same way, by the first unit whose choices differ from its template's.
 * A unit whose layout has another shape (a
 * longer name wraps an instruction line onto two rows, say) is built in full and becomes a further
 * template, up to {@link #TEMPLATES_PER_FORM}. Safe from several threads.
 */
final class FormPackages {
    /** Beyond this many shapes of one form, the rest are built in full (each template holds ~100 KB). */
    static final int TEMPLATES_PER_FORM = 16;

    private final WorkbookGenerator generator;
    private final FormSigner signer;
    private final Map<FormKind, Form> forms = new EnumMap<>(FormKind.class);
    /** A deflater per thread: making one costs more than deflating a part. */
    private final ThreadLocal<Deflater> deflaters = ThreadLocal.withInitial(ZipParts::deflater);
    private final AtomicInteger patched = new AtomicInteger();
    private final AtomicInteger built = new AtomicInteger();

    FormPackages(WorkbookGenerator generator, FormSigner signer) {
        this.generator = generator;
        this.signer = signer;
        for (FormKind kind : FormKind.values()) {
            forms.put(kind, new Form());
        }
    }

    /** The workbook of a layout, byte for byte what {@link WorkbookGenerator#toBytes} writes for it. */
    byte[] workbook(FormLayout layout) throws IOException {
        Form form = forms.get(layout.identity().form());
        String signature = signer.sign(layout);
        Deflater deflater = deflaters.get();
        PackageTemplate template = form.trusted(layout);
        // the first unit whose list of choices differs from its template's is built in full: the proof of that edit
        if (template != null && (form.choicesProven || !template.changesChoices(layout))) {
            byte[] patch = template.patch(layout, signature, deflater);
            if (patch != null) {
                patched.incrementAndGet();
                return patch;
            }
        }
        byte[] full = generator.toBytes(layout);
        built.incrementAndGet();
        form.learn(layout, signature, full, deflater);
        return full;
    }

    /** Workbooks made by patching a template so far. */
    int patched() {
        return patched.get();
    }

    /** Workbooks built in full with POI so far. */
    int built() {
        return built.get();
    }

    /** The templates of one form and whether patching them is proven to give the full build's bytes. */
    private static final class Form {
        private enum State { UNPROVEN, PROVEN, REFUSED }

        private final List<PackageTemplate> templates = new CopyOnWriteArrayList<>();
        private volatile State state = State.UNPROVEN;
        /** Whether patching a template's inline lists of choices is proven to give the full build's bytes. */
        private volatile boolean choicesProven;
        private int attempts;

        /** A template that fits the layout, once patching is proven; null otherwise. */
        PackageTemplate trusted(FormLayout layout) {
            return state == State.PROVEN ? fitting(layout) : null;
        }

        private PackageTemplate fitting(FormLayout layout) {
            for (PackageTemplate t : templates) {
                if (t.fits(layout)) {
                    return t;
                }
            }
            return null;
        }

        /** Learns from a workbook built in full: a new template, or the proof that patching is exact. */
        synchronized void learn(FormLayout layout, String signature, byte[] full, Deflater deflater) {
            if (state == State.REFUSED) {
                return;
            }
            PackageTemplate t = fitting(layout);
            if (t == null) {
                if (attempts++ < TEMPLATES_PER_FORM) {
                    PackageTemplate made = PackageTemplate.of(layout, signature, full, deflater);
                    if (made != null) {
                        templates.add(made);
                    } else if (templates.isEmpty()) {
                        state = State.REFUSED; // a package this class does not understand: always build in full
                    }
                }
                return;
            }
            boolean choices = t.changesChoices(layout);
            if (state == State.UNPROVEN && !t.unitCode().equals(layout.identity().unitCode())
                    || state == State.PROVEN && choices && !choicesProven) {
                byte[] patch = t.patch(layout, signature, deflater);
                if (patch != null) {
                    boolean exact = Arrays.equals(patch, full);
                    state = exact ? State.PROVEN : State.REFUSED;
                    choicesProven = exact && choices;
                }
            }
        }
    }
}
