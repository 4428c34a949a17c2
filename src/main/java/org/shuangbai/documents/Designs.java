package org.shuangbai.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRTextElement;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.type.LineSpacingEnum;
import net.sf.jasperreports.engine.util.JRElementsVisitor;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSaver;
import net.sf.jasperreports.engine.util.UniformElementVisitor;

import org.shuangbai.text.Messages;
import org.shuangbai.Defaults;
import org.shuangbai.Workspace;

/**
 * The report designs. A design the workspace has in reports/ and that differs from the bundled one
 * (and from every earlier bundled version, {@link Defaults#own}) was edited by the office: it is compiled at run time, once per content (cached by hash in
 * .shuangbai/reports/). Otherwise the design precompiled at build time is loaded from the jar.
 */
public final class Designs {
    /** Element property: lines of this text element sit exactly this many points apart. */
    static final String PITCH_PROPERTY = "shuangbai.line.pitch";

    private final Workspace workspace;
    private final JasperReportsContext context;
    private final FontCatalog fonts;
    private final Map<String, JasperReport> loaded = new HashMap<>();

    public Designs(Workspace workspace, JasperReportsContext context, FontCatalog fonts) {
        this.workspace = workspace;
        this.context = context;
        this.fonts = fonts;
    }

    public synchronized JasperReport get(String name) throws DesignException {
        JasperReport report = loaded.get(name);
        if (report == null) {
            report = load(name);
            applyPitch(report, null, 0);
            loaded.put(name, report);
        }
        return report;
    }

    /**
     * A fresh copy of a design whose text elements keyed {@code key} are set at {@code pitch}
     * instead of their design pitch (the notice's last page, see NoticeLayout); not cached.
     */
    public JasperReport withPitch(String name, String key, float pitch) throws DesignException {
        JasperReport report = load(name);
        applyPitch(report, key, pitch);
        return report;
    }

    private JasperReport load(String name) throws DesignException {
        try {
            // an unedited copy of an earlier version's design is no design of the office's (see Defaults)
            Optional<Path> own = Defaults.own(workspace, "reports/" + name + ".jrxml");
            if (own.isPresent()) {
                byte[] design = Files.readAllBytes(own.get());
                if (!Arrays.equals(design, bundledDesign(name))) {
                    return compileCached(name, own.get(), design);
                }
            }
            try (InputStream in = Designs.class.getClassLoader().getResourceAsStream("reports/" + name + ".jasper")) {
                if (in == null) {
                    throw new DesignException(Messages.text("documents.design.missing", "name", name), null);
                }
                return (JasperReport) JRLoader.loadObject(context, in);
            }
        } catch (IOException | JRException e) {
            throw new DesignException(Messages.text("documents.design.unreadable", "name", name, "error", e.getMessage()), e);
        }
    }

    private JasperReport compileCached(String name, Path own, byte[] design) throws DesignException, IOException {
        Path cache = workspace.privateDir().resolve("reports").resolve(name + "-" + sha256(design).substring(0, 20) + ".jasper");
        if (Files.isRegularFile(cache)) {
            try {
                return (JasperReport) JRLoader.loadObjectFromFile(cache.toString());
            } catch (JRException e) {
                Files.deleteIfExists(cache); // a stale cache from another version is simply rebuilt
            }
        }
        JasperReport report;
        try (InputStream in = Files.newInputStream(own)) {
            report = JasperCompileManager.getInstance(context).compile(in);
        } catch (JRException | RuntimeException e) {
            // JasperReports reports a malformed design as an unchecked XML-binding exception.
            throw new DesignException(Messages.text("documents.design.invalid", "file", own, "error", e.getMessage()), e);
        }
        Files.createDirectories(cache.getParent());
        try {
            JRSaver.saveObject(report, cache.toFile());
        } catch (JRException e) {
            throw new IOException(e);
        }
        return report;
    }

    private static byte[] bundledDesign(String name) throws IOException {
        try (InputStream in = Designs.class.getClassLoader().getResourceAsStream("defaults/reports/" + name + ".jrxml")) {
            return in == null ? new byte[0] : in.readAllBytes();
        }
    }

    /**
     * JasperReports' fixed line spacing puts the next baseline "size + the font's descent" below
     * the last one, so the size that gives a pitch depends on the font this machine has.
     */
    private void applyPitch(JasperReport report, String key, float override) {
        JRElementsVisitor.visitReport(report, new UniformElementVisitor() {
            @Override
            public void visitElementGroup(net.sf.jasperreports.engine.JRElementGroup group) {
                // elements of a group are visited one by one
            }

            @Override
            protected void visitElement(JRElement element) {
                String pitch = element.getPropertiesMap().getProperty(PITCH_PROPERTY);
                if (pitch == null || !(element instanceof JRTextElement text)) {
                    return;
                }
                if (key != null && key.equals(element.getKey())) {
                    pitch = Float.toString(override);
                }
                float size = text.getFontSize();
                String family = text.getFontName();
                FontRole role = Arrays.stream(FontRole.values()).filter(r -> r.family().equals(family))
                        .findFirst().orElse(FontRole.FANGSONG);
                float descent = fonts.font(role).awtFont().deriveFont(size)
                        .getLineMetrics("国", new java.awt.font.FontRenderContext(null, true, true)).getDescent();
                text.getParagraph().setLineSpacing(LineSpacingEnum.FIXED);
                text.getParagraph().setLineSpacingSize(Float.parseFloat(pitch) - descent);
            }
        });
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
