/// The built-in scale: eight verdicts (five rated 1 to 5, three label-only) and seven source statuses, with
/// their labels and meanings in English, French, Spanish, German, Portuguese and Arabic.
///
/// The labels are the words fact-checkers writing in each language use for these ratings (AFP Factuel and Les
/// Décodeurs; Maldita, Newtral and AFP Factual; Correctiv; Lupa, Aos Fatos and Comprova; Misbar and
/// Fatabyyano). The colours are the style sheet's, so that a stamp looks the same with or without `verdicts:`.
extension VerdictScale {
    /// The scale of a site whose site.yml sets neither `verdicts:` nor `statuses:`.
    public static let builtIn = VerdictScale(verdicts: builtInVerdicts, statuses: builtInStatuses)

    /// Texts in the six languages, in the order en, fr, es, de, pt, ar.
    private static func text(_ texts: [String]) -> LocalizedText {
        LocalizedText(byLanguage: Dictionary(uniqueKeysWithValues: zip(["en", "fr", "es", "de", "pt", "ar"], texts)))
    }

    private static func color(_ text: String) -> HexColor {
        // The literals below are valid; black only if one were mistyped (a test compares them with style.css).
        HexColor(text) ?? HexColor(red: 0, green: 0, blue: 0)
    }

    // swift-format-ignore
    static let builtInVerdicts: [VerdictDefinition] = [
        VerdictDefinition(
            key: "true", label: text(["True", "Vrai", "Verdadero", "Richtig", "Verdadeiro", "صحيح"]),
            icon: "\u{2714}\u{FE0E}", color: color("#1a7f37"), colorDark: color("#4ade80"), rating: 5,
            description: text([
                "The claim is accurate and nothing important is missing.",
                "L’affirmation est exacte et rien d’important n’y manque.",
                "La afirmación es exacta y no le falta nada importante.",
                "Die Behauptung stimmt, und es fehlt nichts Wesentliches.",
                "A alegação é exata e não falta nada importante.",
                "الادعاء دقيق ولا ينقصه شيء مهم.",
            ])),
        VerdictDefinition(
            key: "mostly-true",
            label: text(["Mostly true", "Plutôt vrai", "Mayormente verdadero", "Größtenteils richtig",
                         "Quase verdadeiro", "صحيح في الغالب"]),
            icon: "\u{25D5}\u{FE0E}", color: color("#0e7490"), colorDark: color("#22d3ee"), rating: 4,
            description: text([
                "The claim is accurate in substance but has a minor error or needs a small clarification.",
                "L’affirmation est exacte sur le fond mais contient une erreur mineure ou demande une précision.",
                "La afirmación es exacta en lo esencial, pero tiene un error menor o necesita una aclaración.",
                "Die Behauptung stimmt im Kern, enthält aber einen kleinen Fehler oder braucht eine Präzisierung.",
                "A alegação é exata no essencial, mas tem um pequeno erro ou precisa de um esclarecimento.",
                "الادعاء دقيق في جوهره لكنه يتضمن خطأ بسيطًا أو يحتاج "
                    + "إلى توضيح.",
            ])),
        VerdictDefinition(
            key: "mixed",
            label: text([
                "Mixed", "Mitigé", "Verdad a medias", "Teilweise falsch", "Impreciso", "صحيح جزئيًا",
            ]),
            icon: "\u{25D1}\u{FE0E}", color: color("#8a6100"), colorDark: color("#facc15"), rating: 3,
            description: text([
                "The claim is partly accurate and partly inaccurate.",
                "L’affirmation est en partie exacte et en partie inexacte.",
                "La afirmación es en parte exacta y en parte inexacta.",
                "Die Behauptung ist teils zutreffend, teils unzutreffend.",
                "A alegação é em parte exata e em parte inexata.",
                "الادعاء دقيق في جزء منه وغير دقيق في جزء آخر.",
            ])),
        VerdictDefinition(
            key: "mostly-false",
            label: text(["Mostly false", "Plutôt faux", "Mayormente falso", "Größtenteils falsch",
                         "Quase falso", "زائف في الغالب"]),
            icon: "\u{25D4}\u{FE0E}", color: color("#c2410c"), colorDark: color("#fb923c"), rating: 2,
            description: text([
                "The claim has an element of truth, but its main point is wrong.",
                "L’affirmation contient une part de vérité, mais son propos principal est faux.",
                "La afirmación tiene algo de verdad, pero su idea principal es errónea.",
                "Die Behauptung enthält einen wahren Kern, ihre Hauptaussage ist aber falsch.",
                "A alegação tem um elemento de verdade, mas a sua ideia principal está errada.",
                "في الادعاء جانب من الحقيقة، لكن فكرته الأساسية خاطئة.",
            ])),
        VerdictDefinition(
            key: "false", label: text(["False", "Faux", "Falso", "Falsch", "Falso", "زائف"]),
            icon: "\u{2718}\u{FE0E}", color: color("#b91c1c"), colorDark: color("#f87171"), rating: 1,
            description: text([
                "The claim is inaccurate.",
                "L’affirmation est inexacte.",
                "La afirmación es inexacta.",
                "Die Behauptung ist falsch.",
                "A alegação é inexata.",
                "الادعاء غير دقيق.",
            ])),
        VerdictDefinition(
            key: "misleading",
            label: text(["Misleading", "Trompeur", "Engañoso", "Irreführend", "Enganoso", "مضلل"]),
            icon: "\u{26A0}\u{FE0E}", color: color("#a21caf"), colorDark: color("#e879f9"), rating: nil,
            description: text([
                "The claim may contain accurate facts but presents them in a way that gives a false impression.",
                "L’affirmation peut contenir des faits exacts, mais les présente de façon à donner une fausse "
                    + "impression.",
                "La afirmación puede contener datos exactos, pero los presenta de forma que da una impresión falsa.",
                "Die Behauptung mag zutreffende Fakten enthalten, stellt sie aber so dar, dass ein falscher Eindruck "
                    + "entsteht.",
                "A alegação pode conter informações exatas, mas apresenta-as de forma a dar uma impressão falsa.",
                "قد يتضمن الادعاء وقائع صحيحة، لكنه يعرضها بطريقة تعطي "
                    + "انطباعًا خاطئًا.",
            ])),
        VerdictDefinition(
            key: "missing-context",
            label: text(["Missing context", "Manque de contexte", "Falta contexto", "Fehlender Kontext",
                         "Sem contexto", "ينقصه السياق"]),
            icon: "\u{2702}\u{FE0E}", color: color("#1d4ed8"), colorDark: color("#93c5fd"), rating: nil,
            description: text([
                "The claim is accurate as far as it goes but leaves out context that changes its meaning.",
                "L’affirmation est exacte en soi, mais omet un contexte qui en change le sens.",
                "La afirmación es exacta en sí, pero omite un contexto que cambia su sentido.",
                "Die Behauptung stimmt für sich genommen, lässt aber Kontext weg, der ihre Bedeutung ändert.",
                "A alegação é exata em si, mas omite um contexto que muda o seu sentido.",
                "الادعاء صحيح في حدوده، لكنه يغفل سياقًا يغيّر معناه.",
            ])),
        VerdictDefinition(
            key: "unproven",
            label: text(["Unproven", "Non prouvé", "Sin pruebas", "Unbelegt", "Insustentável", "غير مثبت"]),
            icon: "?", color: color("#525252"), colorDark: color("#d4d4d4"), rating: nil,
            description: text([
                "The available evidence does not establish the claim either way.",
                "Les éléments disponibles ne permettent pas de trancher.",
                "Las pruebas disponibles no permiten confirmar ni desmentir la afirmación.",
                "Die verfügbaren Belege reichen nicht aus, um die Behauptung zu bestätigen oder zu widerlegen.",
                "As provas disponíveis não permitem confirmar nem desmentir a afirmação.",
                "الأدلة المتاحة لا تثبت الادعاء ولا تنفيه.",
            ])),
    ]

    // swift-format-ignore
    static let builtInStatuses: [StatusDefinition] = [
        StatusDefinition(
            key: "confirmed",
            label: text(["Confirmed", "Confirmé", "Confirmado", "Bestätigt", "Confirmado", "مؤكد"]),
            icon: "\u{2611}\u{FE0E}", color: color("#166534"), colorDark: color("#86efac"), uncertain: false,
            description: text([
                "The source confirmed it on the record.",
                "La source l’a confirmé publiquement.",
                "La fuente lo confirmó de forma oficial.",
                "Die Quelle hat es offiziell bestätigt.",
                "A fonte confirmou-o oficialmente.",
                "أكد المصدر ذلك بشكل رسمي.",
            ])),
        StatusDefinition(
            key: "statement",
            label: text(["On the record", "Déclaration publique", "Declaración pública", "Öffentliche Erklärung",
                         "Declaração pública", "تصريح علني"]),
            icon: "\u{275D}", color: color("#1e40af"), colorDark: color("#93c5fd"), uncertain: false,
            description: text([
                "The source made a public statement about it; we say where.",
                "La source s’est exprimée publiquement à ce sujet\u{202F}; nous indiquons où.",
                "La fuente hizo una declaración pública al respecto; indicamos dónde.",
                "Die Quelle hat sich öffentlich dazu geäußert; wir nennen, wo.",
                "A fonte fez uma declaração pública sobre o assunto; indicamos onde.",
                "أدلى المصدر بتصريح علني بشأن ذلك، ونذكر أين.",
            ])),
        StatusDefinition(
            key: "denied",
            label: text(["Denied", "Démenti", "Desmentido", "Dementiert", "Desmentido", "نفي"]),
            icon: "\u{2612}\u{FE0E}", color: color("#991b1b"), colorDark: color("#fca5a5"), uncertain: false,
            description: text([
                "The source disputes it on the record.",
                "La source le conteste publiquement.",
                "La fuente lo niega de forma oficial.",
                "Die Quelle bestreitet es offiziell.",
                "A fonte contesta-o oficialmente.",
                "ينفي المصدر ذلك بشكل رسمي.",
            ])),
        StatusDefinition(
            key: "no-comment",
            label: text(["Declined to comment", "N’a pas souhaité s’exprimer", "No quiso hacer comentarios",
                         "Kein Kommentar", "Não quis comentar", "رفض التعليق"]),
            icon: "\u{2298}", color: color("#92400e"), colorDark: color("#fcd34d"), uncertain: false,
            description: text([
                "The source was reached and declined to comment.",
                "La source a été jointe et n’a pas souhaité commenter.",
                "Contactamos a la fuente y declinó hacer comentarios.",
                "Die Quelle wurde erreicht und wollte sich nicht äußern.",
                "A fonte foi procurada e não quis comentar.",
                "تواصلنا مع المصدر فرفض التعليق.",
            ])),
        StatusDefinition(
            key: "no-response",
            label: text(["No response", "Pas de réponse", "Sin respuesta", "Keine Antwort", "Sem resposta",
                         "لم يردّ"]),
            icon: "\u{22EF}", color: color("#4b5563"), colorDark: color("#cbd5e1"), uncertain: true,
            description: text([
                "We asked, and say when; there was no answer before publication.",
                "Nous avons posé la question, et disons quand\u{202F}; aucune réponse avant publication.",
                "Preguntamos, e indicamos cuándo; no hubo respuesta antes de la publicación.",
                "Wir haben angefragt und nennen, wann; bis zur Veröffentlichung kam keine Antwort.",
                "A fonte foi questionada (indicamos quando), mas não respondeu antes da publicação.",
                "سألنا ونذكر متى، ولم يصل رد قبل النشر.",
            ])),
        StatusDefinition(
            key: "pending",
            label: text(["Awaiting response", "Réponse attendue", "Respuesta pendiente", "Antwort ausstehend",
                         "Resposta pendente", "بانتظار الرد"]),
            icon: "\u{25F7}", color: color("#5b21b6"), colorDark: color("#c4b5fd"), uncertain: true,
            description: text([
                "A request is open; an update will follow.",
                "Une demande est en cours\u{202F}; une mise à jour suivra.",
                "Hay una solicitud abierta; actualizaremos el artículo.",
                "Eine Anfrage läuft; eine Aktualisierung folgt.",
                "Há um pedido em aberto; faremos uma atualização.",
                "هناك طلب قيد الانتظار، وسنحدّث المقال.",
            ])),
        StatusDefinition(
            key: "unverified",
            label: text(["Not confirmed", "Non confirmé", "No confirmado", "Nicht bestätigt", "Não confirmado",
                         "غير مؤكد"]),
            icon: "\u{25CC}", color: color("#9a3412"), colorDark: color("#fdba74"), uncertain: true,
            description: text([
                "We could not verify it, or found no record of it.",
                "Nous n’avons pas pu le vérifier, ou n’en avons trouvé aucune trace.",
                "No pudimos verificarlo o no encontramos constancia de ello.",
                "Wir konnten es nicht überprüfen oder fanden keinen Beleg dafür.",
                "Não foi possível verificá-lo nem encontrar qualquer indício disso.",
                "لم نتمكن من التحقق من ذلك، أو لم نجد له أي أثر.",
            ])),
    ]
}
