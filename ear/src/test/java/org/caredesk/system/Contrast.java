package org.caredesk.system;

import java.util.List;
import java.util.Map;

/**
 * WCAG contrast of what a browser really paints: the element's computed text colour against the
 * first opaque background found walking up from it (semi-transparent layers blended on the way).
 */
final class Contrast {
    /** Returns, for each element, {@code [ratio, description]}; runs in the page. */
    private static final String SCRIPT = """
            function rgba(s) { const m = s.match(/rgba?\\(([^)]+)\\)/); if (!m) return [0,0,0,0];
              const p = m[1].split(',').map(x => parseFloat(x)); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; }
            function over(top, bottom) { const a = top[3]; return [0,1,2].map(i => top[i]*a + bottom[i]*(1-a)).concat([1]); }
            function background(el) { const layers = [];
              for (let e = el; e; e = e.parentElement) { const c = rgba(getComputedStyle(e).backgroundColor);
                if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; } }
              let bg = [255,255,255,1]; for (let i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg); return bg; }
            function lum(c) { const f = v => { v /= 255; return v <= 0.03928 ? v/12.92 : Math.pow((v+0.055)/1.055, 2.4); };
              return 0.2126*f(c[0]) + 0.7152*f(c[1]) + 0.0722*f(c[2]); }
            return arguments[0].map(el => { const bg = background(el); const fg = over(rgba(getComputedStyle(el).color), bg);
              const a = lum(fg), b = lum(bg); const ratio = (Math.max(a,b)+0.05)/(Math.min(a,b)+0.05);
              return [ratio, (el.id || el.tagName) + ' "' + el.textContent.trim() + '" ' + getComputedStyle(el).color + ' on rgb(' + bg.slice(0,3).join(',') + ')']; });
            """;

    private Contrast() {}

    /** {@code [ratio, description]} for each element, in order. */
    @SuppressWarnings("unchecked")
    static List<List<Object>> of(Browser browser, List<?> elements) {
        return (List<List<Object>>) browser.script(SCRIPT, elements);
    }

    static double ratio(List<Object> measured) {
        return ((Number) measured.get(0)).doubleValue();
    }

    static Map<String, Double> asMap(List<List<Object>> measured) {
        return measured.stream()
                .collect(java.util.stream.Collectors.toMap(
                        m -> (String) m.get(1), Contrast::ratio, (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
