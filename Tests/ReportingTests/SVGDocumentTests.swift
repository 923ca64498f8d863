import Testing
import Reporting

@Suite("SVG writer")
struct SVGDocumentTests {
    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (-0.004, "0"), (-0.25, "-0.25"), (12.5, "12.5"), (3.14159, "3.14"),
        (-2.5, "-2.5"), (100, "100"), (0.1 + 0.2, "0.3"), (0.05, "0.05"), (1e12, "1000000000"),
        (.nan, "0"), (.infinity, "0"),
    ])
    func numbers(_ value: Double, _ expected: String) {
        #expect(SVGNumber.format(value) == expected)
    }

    @Test func numbersWithOtherPrecision() {
        #expect(SVGNumber.format(2.0 / 3.0, decimals: 0) == "1")
        #expect(SVGNumber.format(2.0 / 3.0, decimals: 4) == "0.6667")
    }

    @Test func attributesKeepTheirOrderAndAreEscaped() {
        var element = SVGElement("rect", ["y": 2.0, "x": 1, "fill": "#FFF", "data-note": "a \"b\" & <c>"])
        element.setAttribute("x", 3)
        element.setAttribute("opacity", 0.5)
        #expect(SVGWriter.fragment(element)
            == "<rect y=\"2\" x=\"3\" fill=\"#FFF\" data-note=\"a &quot;b&quot; &amp; &lt;c&gt;\" opacity=\"0.5\"/>\n")
    }

    @Test func textIsEscapedAndKeptOnOneLine() {
        let group = SVGElement("g", children: [
            SVGElement("text", ["x": 1], text: "R&D < capex > 0 \u{1}"),
            SVGElement("text", content: [.text("A"), .element(SVGElement("tspan", text: " (b)"))]),
        ])
        #expect(SVGWriter.fragment(group) == """
            <g>
              <text x="1">R&amp;D &lt; capex &gt; 0 </text>
              <text>A<tspan> (b)</tspan></text>
            </g>

            """)
    }

    @Test func documentHasADeclarationAndParses() {
        let document = SVGWriter.document(SVGElement("svg", ["xmlns": "http://www.w3.org/2000/svg"], children: [
            SVGElement("title", text: "Costs & <risks>"),
        ]))
        #expect(document.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"))
        #expect(document.hasSuffix("</svg>\n"))
        expectWellFormedSVG(document)
    }

    @Test func pathData() {
        var path = SVGPath()
        path.move(to: 1, 2.345)
        path.line(to: -0.001, 10)
        path.close()
        #expect(path.data == "M1,2.35L0,10Z")
    }

    @Test func paletteWrapsAndHasEightDistinctColours() {
        #expect(Set(Palette.scenarioColors).count >= 8)
        #expect(Palette.color(at: 0) == Palette.color(at: Palette.scenarioColors.count))
        #expect(Palette.color(at: -1) == Palette.scenarioColors.last)
    }
}
