"""Catalogue section: the progress table of the index (helpers/progress.py)."""

MESSAGES = {
    # Shown with a symbol (✓ ✗ ✎), so colour is never the only signal.
    "progress.done": {"ja": "正解済み", "en": "done"},
    "progress.tried": {"ja": "挑戦中（まだ正解していません）", "en": "tried, not yet correct"},
    "progress.not_attempted": {"ja": "未着手", "en": "not attempted"},
    "progress.summary": {
        "ja": "保存されたノートブックによると、{total} 問のうち {done} 問に正解しています。",
        "en": "According to the saved notebooks, you have done {done} of {total} exercises.",
    },
    "progress.chapter": {"ja": "{title}（{done}/{total} 問）", "en": "{title} ({done}/{total})"},
    "progress.count": {"ja": "{done}/{total} 問", "en": "{done} of {total} done"},
    "progress.column.chapter": {"ja": "章", "en": "Chapter"},
    "progress.column.exercise": {"ja": "演習", "en": "Exercise"},
    "progress.column.progress": {"ja": "進み具合", "en": "Progress"},
    "progress.none": {"ja": "この章には演習がありません。", "en": "This chapter has no exercises."},
    "progress.unreadable": {
        "ja": "{file} を読み込めませんでした。",
        "en": "{file} could not be read.",
    },
}
