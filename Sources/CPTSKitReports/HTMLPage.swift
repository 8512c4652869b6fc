import CPTSKit

/// A self-contained HTML page in French or English: the frame the yearly review, the coverage and
/// the impact pages share.
enum HTMLPage {
    /// The page around `body`, with the shared style and the renderer's own rules.
    ///
    /// - Parameters:
    ///   - title: The page title (already escaped).
    ///   - width: The text column's width in `em`.
    ///   - language: The page's language, its `lang` attribute.
    ///   - style: CSS rules of the page (alignment, colours).
    ///   - body: The body (already escaped).
    static func document(title: String, width: Int, language: Language = .french, style: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8"/>
        <title>\(title)</title>
        <style>
        body { font-family: system-ui, sans-serif; max-width: \(width)em; margin: 2em auto; color: #222; }
        table { border-collapse: collapse; margin: 1em 0; }
        th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; }
        \(style)
        span[data-cents] { white-space: nowrap; }
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }
}
