package org.shuangbai.forms;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.xssf.usermodel.helpers.HeaderFooterHelper;

/**
 * One form's workbook package, built in full by POI for one unit, from which the workbook of any
 * other unit whose layout has the same shape is made by rewriting only what differs.
 *
 * <p>Two units' workbooks of one form differ only in the unit's own texts, its identity and its
 * signature. With the same shape ({@link LayoutShape}: the layouts equal but for the unit's texts and
 * code), POI writes the same calls in the same order, so every part is the same bytes except these texts:
 * shared-string items ({@code xl/sharedStrings.xml}: the unit's name and code in titles and
 * instructions, the identity values, the signature), each sheet's {@code <oddHeader>} and
 * {@code <oddFooter>}, the custom properties ({@code docProps/custom.xml}) and the identifier
 * ({@code docProps/core.xml}) and, where a rule's choices are the unit's own (the 立项表's task numbers),
 * the inline list of that rule's validation in its sheet. A patch rewrites those texts in place, deflates only the parts they
 * are in, copies every other part's compressed bytes as they are and writes the container as
 * {@link ZipParts} does; the result is byte for byte what the full build writes for that unit
 * ({@link FormPackages} checks this once per form before relying on it).
 *
 * <p>Where a patch could differ from POI's output it gives null instead and the caller builds the
 * workbook in full: a text that would be deduplicated differently among the shared strings, a text
 * {@link XmlText} does not write, a changed text whose place in the package was not found.
 */
final class PackageTemplate {
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
    private static final String CUSTOM = "docProps/custom.xml";
    private static final String CORE = "docProps/core.xml";

    /** A stretch of a part's content (reference bytes) that holds one text. */
    private record Slot(int part, int start, int end) {
    }

    /** New bytes for a slot. */
    private record Edit(Slot slot, byte[] bytes) {
    }

    private final FormLayout reference;
    private final byte[] workbook;
    private final List<ZipParts.Part> parts;
    private final int dosTime;
    /** Content of the parts read while locating the texts (every part a slot is in); null for the others. */
    private final byte[][] contents;

    /** Per cell of the layout: may its text differ between units (a non-numeric LABEL)? */
    private final boolean[] candidate;
    /** Per cell of the layout: may its rule's choices differ between units (its list found written inline)? */
    private final boolean[] listed;
    /** Per validation whose inline list may differ: one of its cells, and where its formula is written. */
    private final List<Integer> listCell = new ArrayList<>();
    private final List<Slot> listFormula = new ArrayList<>();
    /** Shared-string item written for each candidate cell (-1 for other cells). */
    private final int[] itemOfCell;
    /** Shared-string item of each identity value (in {@link WorkbookGenerator#IDENTITY_KEYS} order), or -1. */
    private final int[] itemOfIdentity;
    private final Slot[] items;
    /** The reference text of each item written for a candidate cell or an identity value; null for others. */
    private final String[] itemText;
    /** Items that must keep their text: other cells use them too, or XmlText would write them differently. */
    private final boolean[] fixed;
    private final Map<ByteBuffer, Integer> itemByBytes = new HashMap<>();

    /** Per visible sheet (layout order): the print header and footer texts and where they are written. */
    private final String[] headerText;
    private final String[] footerText;
    private final Slot[] header;
    private final Slot[] footer;

    private final List<String> identity;
    private final Slot[] property;
    /** Where the core properties' identifier is written (set while locating the texts). */
    private Slot identifier;

    private PackageTemplate(FormLayout reference, byte[] workbook, ZipParts.Container container, List<String> identity)
            throws DataFormatException {
        this.reference = reference;
        this.workbook = workbook;
        this.parts = container.parts();
        this.dosTime = container.dosTime();
        this.contents = new byte[parts.size()][];
        this.identity = identity;
        int cells = reference.cells().size();
        this.candidate = new boolean[cells];
        this.listed = new boolean[cells];
        this.itemOfCell = new int[cells];
        this.itemOfIdentity = new int[WorkbookGenerator.IDENTITY_KEYS.size()];
        int sheets = reference.sheets().size();
        this.headerText = new String[sheets];
        this.footerText = new String[sheets];
        this.header = new Slot[sheets];
        this.footer = new Slot[sheets];
        this.property = new Slot[identity.size()];
        int sst = partIndex(SHARED_STRINGS);
        this.items = sst < 0 ? new Slot[0] : items(sst, content(sst));
        this.itemText = new String[items.length];
        this.fixed = new boolean[items.length];
        for (int i = 0; i < items.length; i++) {
            itemByBytes.put(ByteBuffer.wrap(slotBytes(items[i])), i);
        }
        Arrays.fill(itemOfCell, -1);
        Arrays.fill(itemOfIdentity, -1);
    }

    /**
     * The template of a workbook the generator wrote in full for {@code layout} with {@code signature};
     * null when the package is not laid out as this class expects (then the form is always built in full).
     */
    static PackageTemplate of(FormLayout layout, String signature, byte[] workbook, Deflater deflater) {
        ZipParts.Container container = ZipParts.read(workbook);
        if (container == null) {
            return null;
        }
        try {
            List<String> identity = List.copyOf(WorkbookGenerator.identityValues(layout.identity(), signature).values());
            PackageTemplate t = new PackageTemplate(layout, workbook, container, identity);
            return t.locateTexts() && t.recompresses(deflater) ? t : null;
        } catch (DataFormatException | XMLStreamException | RuntimeException e) {
            return null;
        }
    }

    /** The unit whose full build this template is. */
    String unitCode() {
        return reference.identity().unitCode();
    }

    /** True when a unit's layout has this template's shape ({@link LayoutShape}), so that it can be patched. */
    boolean fits(FormLayout layout) {
        return LayoutShape.same(reference, layout, candidate, listed);
    }

    /** True when a layout that {@link #fits} has other choices than the reference in a rule's inline list. */
    boolean changesChoices(FormLayout layout) {
        for (int cell : listCell) {
            if (!layout.cells().get(cell).rule().choices().equals(reference.cells().get(cell).rule().choices())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The workbook of {@code layout} (which {@link #fits}) signed with {@code signature}, or null when
     * it cannot be written by patching (the caller then builds it in full). The array may be the
     * template's own: callers only write it out.
     */
    byte[] patch(FormLayout layout, String signature, Deflater deflater) {
        List<String> values = List.copyOf(WorkbookGenerator.identityValues(layout.identity(), signature).values());
        List<Edit> edits = new ArrayList<>();
        if (!sharedStrings(layout, values, edits) || !printTexts(layout, edits) || !lists(layout, edits)) {
            return null;
        }
        for (int k = 0; k < values.size(); k++) {
            if (!values.get(k).equals(identity.get(k)) && !edit(property[k], XmlText.content(values.get(k), false), edits)) {
                return null;
            }
        }
        String canonical = layout.identity().canonical();
        if (!canonical.equals(reference.identity().canonical())
                && !edit(identifier, XmlText.content(canonical, true), edits)) {
            return null;
        }
        if (edits.isEmpty()) {
            return workbook;
        }
        List<ZipParts.Part> out = new ArrayList<>(parts);
        Map<Integer, List<Edit>> byPart = new HashMap<>();
        edits.forEach(e -> byPart.computeIfAbsent(e.slot().part(), p -> new ArrayList<>()).add(e));
        byPart.forEach((p, list) -> out.set(p, ZipParts.Part.of(parts.get(p).name(), splice(contents[p], list), deflater)));
        return ZipParts.write(out, dosTime);
    }

    /** Edits of the shared-string items whose text differs for this unit; false when that cannot be patched. */
    private boolean sharedStrings(FormLayout layout, List<String> values, List<Edit> edits) {
        String[] changed = new String[items.length];
        boolean[] kept = new boolean[items.length];
        for (int i = 0; i < candidate.length; i++) {
            if (itemOfCell[i] >= 0 && !mark(itemOfCell[i], layout.cells().get(i).text(), changed, kept)) {
                return false;
            }
        }
        for (int k = 0; k < itemOfIdentity.length; k++) {
            if (itemOfIdentity[k] >= 0 && !mark(itemOfIdentity[k], values.get(k), changed, kept)) {
                return false;
            }
        }
        // POI writes each distinct text once: a changed text must stay distinct from every other item
        Set<ByteBuffer> written = new HashSet<>();
        for (int i = 0; i < items.length; i++) {
            if (changed[i] == null) {
                continue;
            }
            byte[] bytes = XmlText.sharedString(changed[i]);
            if (bytes == null || !written.add(ByteBuffer.wrap(bytes))) {
                return false;
            }
            Integer other = itemByBytes.get(ByteBuffer.wrap(bytes));
            if (other != null && changed[other] == null) {
                return false;
            }
            edits.add(new Edit(items[i], bytes));
        }
        return true;
    }

    /** Records the text one cell puts into an item; false when the item cannot take it. */
    private boolean mark(int item, String text, String[] changed, boolean[] kept) {
        if (text.equals(itemText[item])) {
            kept[item] = true;
            return changed[item] == null;
        }
        if (fixed[item] || kept[item] || (changed[item] != null && !changed[item].equals(text))) {
            return false;
        }
        changed[item] = text;
        return true;
    }

    private boolean printTexts(FormLayout layout, List<Edit> edits) {
        for (int s = 0; s < headerText.length; s++) {
            SheetFormat format = layout.format(layout.sheets().get(s)).orElse(null);
            if (format == null) {
                continue;
            }
            String h = header(format);
            String f = footer(format);
            if (!h.equals(headerText[s]) && !edit(header[s], XmlText.content(h, false), edits)) {
                return false;
            }
            if (!f.equals(footerText[s]) && !edit(footer[s], XmlText.content(f, false), edits)) {
                return false;
            }
        }
        return true;
    }

    /** Edits of the inline lists whose choices differ for this unit; false when one cannot be written. */
    private boolean lists(FormLayout layout, List<Edit> edits) {
        for (int k = 0; k < listCell.size(); k++) {
            List<String> choices = layout.cells().get(listCell.get(k)).rule().choices();
            if (choices.equals(reference.cells().get(listCell.get(k)).rule().choices())) {
                continue;
            }
            String formula = WorkbookGenerator.inlineFormula(choices);
            if (formula == null || !edit(listFormula.get(k), XmlText.content(formula, false), edits)) {
                return false;
            }
        }
        return true;
    }

    private static boolean edit(Slot slot, byte[] bytes, List<Edit> edits) {
        if (slot == null || bytes == null) {
            return false;
        }
        edits.add(new Edit(slot, bytes));
        return true;
    }

    private static byte[] splice(byte[] content, List<Edit> edits) {
        edits.sort((a, b) -> Integer.compare(a.slot().start(), b.slot().start()));
        int size = content.length;
        for (Edit e : edits) {
            size += e.bytes().length - (e.slot().end() - e.slot().start());
        }
        byte[] out = new byte[size];
        int from = 0;
        int to = 0;
        for (Edit e : edits) {
            int keep = e.slot().start() - from;
            System.arraycopy(content, from, out, to, keep);
            to += keep;
            System.arraycopy(e.bytes(), 0, out, to, e.bytes().length);
            to += e.bytes().length;
            from = e.slot().end();
        }
        System.arraycopy(content, from, out, to, content.length - from);
        return out;
    }

    // ── finding the texts in the reference package (once per template) ──

    /** Finds where each text that may differ is written; false when the package is not as expected. */
    private boolean locateTexts() throws DataFormatException, XMLStreamException {
        Map<String, String> partOfSheet = PackageXml.sheetParts(content(partIndex(WORKBOOK)),
                content(partIndex(WORKBOOK_RELS)));
        Map<String, Map<String, Integer>> strings = new HashMap<>();
        int references = 0;
        for (String part : new HashSet<>(partOfSheet.values())) {
            int p = partIndex(part);
            if (p < 0) {
                return false;
            }
            Map<String, Integer> cells = PackageXml.stringCells(content(p));
            strings.put(part, cells);
            references += cells.size();
        }
        int sst = partIndex(SHARED_STRINGS);
        if (sst >= 0 && !PackageXml.counts(content(sst), references, items.length)) {
            return false;
        }
        Set<String> located = new HashSet<>();
        for (int i = 0; i < candidate.length; i++) {
            CellSpec c = reference.cells().get(i);
            candidate[i] = LayoutShape.unitText(c);
            if (!candidate[i]) {
                continue;
            }
            String part = partOfSheet.get(c.sheet());
            Integer item = part == null ? null : strings.get(part).get(c.ref());
            if (item == null || !refer(item, c.text())) {
                return false;
            }
            itemOfCell[i] = item;
            located.add(part + "!" + c.ref());
        }
        String identityPart = partOfSheet.get(WorkbookGenerator.IDENTITY_SHEET);
        for (int k = 0; identityPart != null && k < itemOfIdentity.length; k++) {
            String ref = "B" + (k + 1);
            Integer item = strings.get(identityPart).get(ref);
            if (item != null && refer(item, identity.get(k))) {
                itemOfIdentity[k] = item;
                located.add(identityPart + "!" + ref);
            }
        }
        // an item any other cell also shows must keep its text
        strings.forEach((part, cells) -> cells.forEach((ref, item) -> {
            if (!located.contains(part + "!" + ref)) {
                fixed[item] = true;
            }
        }));
        for (int i = 0; i < items.length; i++) {
            byte[] expected = itemText[i] == null ? null : XmlText.sharedString(itemText[i]);
            if (expected == null || !Arrays.equals(expected, slotBytes(items[i]))) {
                fixed[i] = true;
            }
        }
        for (int s = 0; s < headerText.length; s++) {
            String sheet = reference.sheets().get(s);
            SheetFormat format = reference.format(sheet).orElse(null);
            int p = partIndex(partOfSheet.getOrDefault(sheet, ""));
            if (format == null || p < 0) {
                continue;
            }
            headerText[s] = header(format);
            footerText[s] = footer(format);
            header[s] = find(p, "<oddHeader>", XmlText.content(headerText[s], false), "</oddHeader>");
            footer[s] = find(p, "<oddFooter>", XmlText.content(footerText[s], false), "</oddFooter>");
        }
        int custom = partIndex(CUSTOM);
        for (int k = 0; custom >= 0 && k < property.length; k++) {
            String name = WorkbookGenerator.PROPERTY_PREFIX + WorkbookGenerator.IDENTITY_KEYS.get(k);
            property[k] = find(custom, "name=\"" + name + "\"><vt:lpwstr>", XmlText.content(identity.get(k), false),
                    "</vt:lpwstr>");
        }
        int core = partIndex(CORE);
        String canonical = reference.identity().canonical();
        identifier = core < 0 ? null : find(core, "<dc:identifier>", XmlText.content(canonical, true), "</dc:identifier>");
        locateLists(partOfSheet);
        return true;
    }

    /**
     * Finds the formula of each validation with an inline list of choices. The generator writes one validation
     * per distinct rule of a sheet's input cells, in the order the rules are first used; a sheet whose
     * validations do not count up so, or a list not written as {@link WorkbookGenerator#inlineFormula} gives
     * it, keeps its choices fixed (a unit with other choices is then another shape).
     */
    private void locateLists(Map<String, String> partOfSheet) throws DataFormatException {
        for (String sheet : reference.sheets()) {
            int p = partIndex(partOfSheet.getOrDefault(sheet, ""));
            if (p < 0) {
                continue;
            }
            Map<InputRule, List<Integer>> byRule = new LinkedHashMap<>();
            for (int i = 0; i < listed.length; i++) {
                CellSpec c = reference.cells().get(i);
                if (c.role() == CellRole.INPUT && c.sheet().equals(sheet)) {
                    byRule.computeIfAbsent(c.rule(), r -> new ArrayList<>()).add(i);
                }
            }
            List<Slot> formulas = formulas(p);
            if (formulas.size() != byRule.size()) {
                continue;
            }
            int k = 0;
            for (Map.Entry<InputRule, List<Integer>> group : byRule.entrySet()) {
                Slot slot = formulas.get(k++);
                InputRule rule = group.getKey();
                String formula = rule == null || rule.kind() != InputRule.Kind.CHOICE ? null
                        : WorkbookGenerator.inlineFormula(rule.choices());
                byte[] bytes = formula == null ? null : XmlText.content(formula, false);
                if (slot == null || bytes == null || !Arrays.equals(bytes, slotBytes(slot))) {
                    continue;
                }
                listCell.add(group.getValue().get(0));
                listFormula.add(slot);
                group.getValue().forEach(i -> listed[i] = true);
            }
        }
    }

    /** The content of each validation's first formula in a sheet part, in order; null for one without. */
    private List<Slot> formulas(int part) throws DataFormatException {
        String xml = latin(content(part));
        List<Slot> out = new ArrayList<>();
        String open = "<formula1>";
        for (int at = xml.indexOf("<dataValidation "); at >= 0; ) {
            int next = xml.indexOf("<dataValidation ", at + 1);
            int limit = next < 0 ? xml.length() : next;
            int start = xml.indexOf(open, at);
            int end = start < 0 ? -1 : xml.indexOf("</formula1>", start);
            out.add(start < 0 || end < 0 || end > limit ? null : new Slot(part, start + open.length(), end));
            at = next;
        }
        return out;
    }

    /** Notes the reference text of an item; false when two cells sharing an item have different texts. */
    private boolean refer(int item, String text) {
        if (item < 0 || item >= items.length || text == null) {
            return false;
        }
        if (itemText[item] == null) {
            itemText[item] = text;
        }
        return itemText[item].equals(text);
    }

    /** The reference content of the parts with texts deflate back to their own bytes (same zlib, same level). */
    private boolean recompresses(Deflater deflater) {
        for (int p = 0; p < contents.length; p++) {
            if (contents[p] != null) {
                ZipParts.Part again = ZipParts.Part.of(parts.get(p).name(), contents[p], deflater);
                if (!Arrays.equals(again.deflated(), parts.get(p).deflated()) || again.crc() != parts.get(p).crc()) {
                    return false;
                }
            }
        }
        return true;
    }

    private int partIndex(String name) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private byte[] content(int p) throws DataFormatException {
        if (contents[p] == null) {
            contents[p] = parts.get(p).content();
        }
        return contents[p];
    }

    private byte[] slotBytes(Slot s) {
        return Arrays.copyOfRange(contents[s.part()], s.start(), s.end());
    }

    /** The only place {@code before + text + after} occurs in a part, as the slot of text; null if not exactly once. */
    private Slot find(int part, String before, byte[] text, String after) throws DataFormatException {
        if (text == null) {
            return null;
        }
        String needle = latin(XmlText.concat(before, text, after));
        String content = latin(content(part));
        int at = content.indexOf(needle);
        if (at < 0 || content.indexOf(needle, at + 1) >= 0) {
            return null;
        }
        int start = at + before.getBytes(StandardCharsets.UTF_8).length;
        return new Slot(part, start, start + text.length);
    }

    /** The {@code <si>} items of the shared strings, in order (their text never holds a raw '<'). */
    private static Slot[] items(int part, byte[] sst) {
        String xml = latin(sst);
        List<Slot> out = new ArrayList<>();
        for (int at = xml.indexOf("<si>"); at >= 0; at = xml.indexOf("<si>", at + 1)) {
            int end = xml.indexOf("</si>", at);
            if (end < 0) {
                break;
            }
            out.add(new Slot(part, at, end + "</si>".length()));
        }
        return out.toArray(Slot[]::new);
    }

    /** Bytes as ISO-8859-1 text: one char per byte, so String.indexOf gives byte offsets. */
    private static String latin(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The page header as POI's XSSF header writes left and right parts. */
    private static String header(SheetFormat format) {
        HeaderFooterHelper h = new HeaderFooterHelper();
        return h.setRightSection(h.setLeftSection(null, format.printHeader()), format.printHeaderRight());
    }

    private static String footer(SheetFormat format) {
        return new HeaderFooterHelper().setCenterSection(null, format.printFooter());
    }
}
