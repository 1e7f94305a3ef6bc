/// Gives cmark-gfm's task-list checkboxes an accessible name ("done" / "not done").
enum TaskListLabels {
    /// `html` with each task-list `<input type="checkbox" …>` labelled.
    static func apply(to html: String) -> String {
        guard html.containsBytes("<input type=\"checkbox\"") else { return html }
        return
            html
            .replacingBytes(
                of: "<input type=\"checkbox\" checked=\"\" disabled=\"\" />",
                with: "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"done\" />"
            )
            .replacingBytes(
                of: "<input type=\"checkbox\" disabled=\"\" />",
                with: "<input type=\"checkbox\" disabled=\"\" aria-label=\"not done\" />")
    }
}
