package org.cartellab.app.report;

import static org.cartellab.app.report.Xml.esc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What makes report.html readable on a screen, a phone and paper: the viewport and print styles, the table of
 * contents, chart figures with save-as SVG (a data-URI download link) and PNG (a small inline script draws the SVG
 * onto a canvas) links, and copy-as-text buttons for tables. Scripts are inline (the report stays one file) and only
 * add conveniences: everything is readable without them.
 */
public final class ReportChrome {
    private ReportChrome() {}

    /** Extra CSS: responsive layout (nothing wider than the screen), the briefing and the print stylesheet. */
    public static final String CSS = """
            html{-webkit-text-size-adjust:100%}*{box-sizing:border-box}
            nav#toc{background:#f4f6f9;border:1px solid #ccd;padding:.5em 1em;margin:1em 0}nav#toc ol{margin:.2em 0;padding-left:1.4em;columns:2 18em}
            .briefing{border:2px solid #1f4e8c;padding:.2em 1em 1em;margin:1em 0;background:#fbfcfe}.briefing h2{margin-top:.6em}.asof{color:#444;font-size:.9em}
            .brief-course{border-top:1px solid #ccd;margin-top:.6em}table.brief-legal{width:100%}
            figure.chart-box{margin:0;max-width:100%}figure.chart-box svg{max-width:100%;height:auto}figcaption{font-size:.8em;color:#444}
            figcaption a,.copy{margin-right:.8em}button.copy{font-size:.8em;cursor:pointer}
            .wide{max-width:100%;overflow-x:auto}table{max-width:100%}td,th{overflow-wrap:anywhere}
            pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f4f6f9;padding:.5em}
            svg.bars,svg.whiskers{max-width:100%;height:auto}
            details>summary{cursor:pointer;color:#1f4e8c}
            a.src{text-decoration:none;border-bottom:1px dotted #1f4e8c}ol.bib li{margin:.3em 0}a,cite,code,li,p{overflow-wrap:anywhere}
            @media (max-width:600px){body{margin:.5em auto;padding:0 .5em;font-size:15px}table{font-size:.75em}nav#toc ol{columns:1}
              th,td{padding:.15em .25em}}
            @media print{nav#toc,figcaption,button.copy,.noprint{display:none}body{max-width:none;margin:0;font-size:10pt}
              h2{break-before:auto;break-after:avoid}figure.chart-box,tr,.brief-course{break-inside:avoid}details>*{display:block}
              a.src{border:none;color:inherit}.wide{overflow:visible}}
            """;

    /** The head: charset, viewport, title and styles. */
    public static void head(StringBuilder b, String title, String css) { head(b, title, css, "en"); }

    /** As above, with {@code lang} (a BCP 47 tag such as "en" or "es") on the root element. */
    public static void head(StringBuilder b, String title, String css, String lang) {
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(esc(lang)).append("\"><head><meta charset=\"utf-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>").append(esc(title)).append("</title><style>")
                .append(css).append(CSS).append("</style></head><body>");
    }

    /** The table of contents: section id to heading, in order. */
    public static void toc(StringBuilder b, Map<String, String> sections) { toc(b, sections, "Contents"); }

    /** As above, under the heading {@code contents} (the reader's language). */
    public static void toc(StringBuilder b, Map<String, String> sections, String contents) {
        b.append("<nav id=\"toc\" aria-label=\"").append(esc(contents)).append("\"><strong>").append(esc(contents)).append("</strong><ol>");
        for (Map.Entry<String, String> e : sections.entrySet()) {
            b.append("<li><a href=\"#").append(esc(e.getKey())).append("\">").append(esc(e.getValue())).append("</a></li>");
        }
        b.append("</ol></nav>");
    }

    /** A chart in a figure with SVG and PNG save links; {@code id} is the SVG element's id. */
    public static String figure(String id, String svg, String caption) { return figure(id, svg, caption, org.cartellab.app.i18n.Messages.english()); }

    /** As above, with the link texts in the language of {@code t}. */
    public static String figure(String id, String svg, String caption, org.cartellab.app.i18n.Messages t) {
        String dataUri = "data:image/svg+xml;charset=utf-8," + URLEncoder.encode(svg, StandardCharsets.UTF_8).replace("+", "%20");
        return "<figure class=\"chart-box\">" + svg + "<figcaption>" + (caption == null || caption.isEmpty() ? "" : esc(caption) + " ")
                + "<a class=\"save-svg\" download=\"" + esc(id) + ".svg\" href=\"" + esc(dataUri) + "\">" + esc(t.get("chart.save_svg")) + "</a>"
                + "<a class=\"save-png\" data-svg=\"" + esc(id) + "\" download=\"" + esc(id) + ".png\" href=\"#" + esc(id) + "\">" + esc(t.get("chart.save_png")) + "</a></figcaption></figure>";
    }

    /** A copy-as-text button for the table with this id (tab-separated cells, one row a line). */
    public static String copyButton(String tableId) { return copyButton(tableId, org.cartellab.app.i18n.Messages.english()); }

    /** As above, labelled in the language of {@code t} (the label after copying is in {@code data-done}). */
    public static String copyButton(String tableId, org.cartellab.app.i18n.Messages t) {
        return "<button type=\"button\" class=\"copy\" data-table=\"" + esc(tableId) + "\" data-done=\"" + esc(t.get("report.copied")) + "\">"
                + esc(t.get("report.copy_table")) + "</button>";
    }

    /** Links to CSV files beside the report, e.g. "Download: comparison.csv". */
    public static String downloads(List<String> files) { return downloads(files, org.cartellab.app.i18n.Messages.english()); }

    /** As above, in the language of {@code t}. */
    public static String downloads(List<String> files, org.cartellab.app.i18n.Messages t) {
        StringBuilder b = new StringBuilder("<span class=\"noprint\">" + esc(t.get("report.download")) + ": ");
        for (int i = 0; i < files.size(); i++) {
            b.append(i == 0 ? "" : ", ").append("<a href=\"").append(esc(files.get(i))).append("\" download=\"").append(esc(files.get(i))).append("\">")
                    .append(esc(files.get(i))).append("</a>");
        }
        return b.append("</span>").toString();
    }

    /** The inline script (save PNG, copy table); CDATA-wrapped so the page stays well-formed XML. */
    public static final String SCRIPT = "<script>//<![CDATA[\n"
            + "document.addEventListener('click',function(ev){var a=ev.target.closest('a.save-png');\n"
            + "if(a){ev.preventDefault();var svg=document.getElementById(a.getAttribute('data-svg'));if(!svg)return;\n"
            + "var w=svg.viewBox.baseVal.width||svg.width.baseVal.value,h=svg.viewBox.baseVal.height||svg.height.baseVal.value,s=2;\n"
            + "var src=new XMLSerializer().serializeToString(svg);var st=document.querySelector('style');\n"
            + "src=src.replace(/^<svg([^>]*)>/,'<svg$1><style>'+(st?st.textContent:'')+'</style>');\n"
            + "var img=new Image();img.onload=function(){var c=document.createElement('canvas');c.width=w*s;c.height=h*s;var g=c.getContext('2d');\n"
            + "g.fillStyle='#fff';g.fillRect(0,0,c.width,c.height);g.drawImage(img,0,0,c.width,c.height);\n"
            + "var l=document.createElement('a');l.download=a.getAttribute('download');l.href=c.toDataURL('image/png');document.body.appendChild(l);l.click();l.remove();};\n"
            + "img.src='data:image/svg+xml;charset=utf-8,'+encodeURIComponent(src);return;}\n"
            + "var btn=ev.target.closest('button.copy');if(btn){var t=document.getElementById(btn.getAttribute('data-table'));if(!t)return;\n"
            + "var rows=[].map.call(t.querySelectorAll('tr'),function(r){return [].map.call(r.children,function(c){return c.innerText.replace(/\\s+/g,' ').trim();}).join('\\t');});\n"
            + "var text=rows.join('\\n');if(navigator.clipboard){navigator.clipboard.writeText(text).then(function(){btn.textContent=btn.getAttribute('data-done')||'Copied';});}\n"
            + "else{var ta=document.createElement('textarea');ta.value=text;document.body.appendChild(ta);ta.select();document.execCommand('copy');ta.remove();btn.textContent=btn.getAttribute('data-done')||'Copied';}}});\n"
            + "//]]></script>";
}
