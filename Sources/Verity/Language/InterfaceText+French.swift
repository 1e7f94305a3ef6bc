extension InterfaceText {
    /// The French table, in the typography of the French press: a no-break space before a colon, a narrow one
    /// before `;` and inside « ».
    static let french: [TextKey: Entry] = [
        .skipLink: .text("Aller au contenu principal"),
        .siteNavigation: .text("Navigation du site"),
        .navClaims: .text("Toutes les affirmations"),
        .navTags: .text("Thèmes"),
        .navCorrections: .text("Rectificatifs"),
        .navSearch: .text("Recherche"),
        .navFeed: .text("Flux Atom"),
        .editionsLabel: .text("Éditions"),
        .draftBanner: .text("Brouillon \u{2014} non publié."),
        .draftBannerNote: .text(
            "Généré avec --drafts pour relecture\u{202F}; il est exclu du flux, du plan du site, de claims.json "
                + "et de la recherche."),
        .draftLabel: .text("Brouillon"),
        .byline: .text("Par {author}"),
        .updatedOn: .text("Mis à jour le {date}"),
        .updateNotice: .text("Mise à jour du {date}\u{00A0}:"),
        .updateEntry: .text("{date}\u{00A0}: {note}"),
        .aboutThisUpdate: .text("À propos de cette mise à jour"),
        .allUpdates: .counted([.one: "La mise à jour", .other: "Les {count} mises à jour"]),
        .verdictHeading: .text("Notre verdict"),
        .verdictsHeading: .counted([
            .one: "Notre verdict sur {count} affirmation", .other: "Nos verdicts sur {count} affirmations",
        ]),
        .claimsHeading: .text("Les affirmations vérifiées"),
        .sourcesHeading: .text("Nos sources"),
        .updatesHeading: .text("Mises à jour"),
        .relatedHeading: .text("Sur le même sujet"),
        .tagsLabel: .text("Thèmes"),
        .meterLabel: .text("{position} sur {steps} sur notre échelle, de {worst} à {best}"),
        .translationsLabel: .text("Cette vérification en\u{00A0}:"),
        .claimLabel: .text("Affirmation\u{00A0}:"),
        .claimedBy: .text("Affirmée par {claimant}"),
        .claimedByOn: .text("Affirmée par {claimant} le {date}"),
        .whereItAppeared: .text("où elle a été publiée"),
        .archivedCopyInline: .text("copie archivée"),
        .sourcesForVerdict: .text("Sources de ce verdict"),
        .linkToClaim: .text("Lien vers cette affirmation"),
        .sourceDateBy: .text("au plus tard le {date}"),
        .sourceVia: .text("rapporté par {outlet}"),
        .sourceLink: .text("Voir la source"),
        .archivedCopy: .text("Copie archivée"),
        .unnamed: .text("anonyme"),
        .verdictsLabel: .text("Répartition des verdicts"),
        .claimCount: .counted([.one: "{count} affirmation", .other: "{count} affirmations"]),
        .factCheckCount: .counted([.one: "{count} vérification", .other: "{count} vérifications"]),
        .verdictCount: .text("{count} {verdict}"),
        .listSeparator: .text(", "),
        .latestHeading: .text("Dernières vérifications"),
        .noFactChecks: .text("Aucune vérification publiée pour l\u{2019}instant. Revenez bientôt."),
        .chartCaption: .text("Nos verdicts à ce jour"),
        .seeEveryClaim: .text("voir toutes les affirmations"),
        .chartSummary: .text("{claims}\u{00A0}: {counts}"),
        .claimsMeta: .text("{claims}, des vérifications les plus récentes aux plus anciennes"),
        .downloadJSON: .text("télécharger en JSON"),
        .noClaims: .text("Aucune affirmation vérifiée pour l\u{2019}instant."),
        .claimInArticle: .text("Dans {article}, le {date}"),
        .claimsDescription: .text("Toutes les affirmations que nous avons vérifiées, avec leur verdict."),
        .correctionsHeading: .text("Rectificatifs et mises à jour"),
        .correctionsIntro: .text(
            "Toutes les modifications apportées à nos vérifications publiées, des plus récentes aux plus anciennes. "
                + "Chaque vérification liste aussi ses propres mises à jour à la fin."),
        .noCorrections: .text("Aucun rectificatif ni aucune mise à jour pour l\u{2019}instant."),
        .correctionsFeed: .text("Flux Atom des rectificatifs"),
        .correctionsDescription: .text(
            "Tous les rectificatifs et toutes les mises à jour de nos vérifications, des plus récents aux plus anciens."
        ),
        .tagsDescription: .text("Nos vérifications par thème."),
        .noTags: .text("Aucun thème pour l\u{2019}instant."),
        .tagHeading: .text("Thème\u{00A0}: {tag}"),
        .tagDescription: .text("Nos vérifications sur le thème {tag}."),
        .allTags: .text("tous les thèmes"),
        .authorLinks: .text("Ailleurs\u{00A0}:"),
        .authorChecksHeading: .text("Vérifications de {author}"),
        .authorDescription: .text("Les vérifications de {author}."),
        .claimantTallyHeading: .text("Nos verdicts sur les affirmations de {claimant}"),
        .claimantDescription: .text(
            "Toutes les affirmations de {claimant} que nous avons vérifiées, avec nos verdicts."),
        .paginationLabel: .text("Pagination"),
        .previousPage: .text("Page précédente"),
        .nextPage: .text("Page suivante"),
        .pageStatus: .text("Page {page} sur {pages}"),
        .pageSuffix: .text("page {page}"),
        .searchDescription: .text("Cherchez parmi toutes nos vérifications, par affirmation et par verdict."),
        .searchLabel: .text("Chercher une vérification"),
        .searchHint: .text(
            "Des mots d\u{2019}un titre, d\u{2019}un résumé, d\u{2019}une affirmation, de son auteur ou d\u{2019}un "
                + "verdict."),
        .searchFallback: .text(
            "La recherche a besoin de JavaScript, désactivé ou pas encore chargé. Vous pouvez parcourir {claims} ou "
                + "{tags}, ou partir des plus récentes ci-dessous."),
        .searchFallbackClaims: .text("toutes les affirmations et leur verdict"),
        .searchFallbackTags: .text("les vérifications par thème"),
        .searchLoading: .text("Chargement de l\u{2019}index de recherche\u{2026}"),
        .searchNone: .text("Aucune vérification ne correspond à «\u{202F}{query}\u{202F}»."),
        .searchFound: .counted([
            .one: "{count} vérification correspond à «\u{202F}{query}\u{202F}».",
            .other: "{count} vérifications correspondent à «\u{202F}{query}\u{202F}».",
        ]),
        .searchMore: .text("Les {shown} premières sont affichées."),
        .searchFailed: .text(
            "L\u{2019}index de recherche n\u{2019}a pas pu être chargé. Parcourez plutôt toutes les affirmations ou "
                + "les thèmes."),
        .notFoundHeading: .text("Page introuvable"),
        .notFoundText: .text(
            "Il n\u{2019}y a aucune page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une "
                + "erreur."),
        .notFoundLinks: .text("{home} ou {claims}."),
        .notFoundHome: .text("Voir les dernières vérifications"),
        .notFoundClaims: .text("parcourir toutes les affirmations"),
        .shareNoClaims: .text("Vérification"),
        .shareVerdict: .text("Verdict\u{00A0}: {verdict}"),
        .shareVerdictMore: .counted([
            .one: "Verdict\u{00A0}: {verdict}, et {count} autre affirmation",
            .other: "Verdict\u{00A0}: {verdict}, et {count} autres affirmations",
        ]),
        .shareAlt: .text("{site}\u{00A0}: «\u{202F}{title}\u{202F}». {rating}."),
    ]
}
