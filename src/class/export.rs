//! The class board's table as files: CSV (one row per plan, for a spreadsheet) and Markdown (for
//! notes or a course page), with the rows in the order and filter the board shows.

use super::board::Board;
use super::row::{Row, STEPS};
use super::texts::{self, ClassMsg};
use crate::i18n::Lang;
use crate::report::EMPTY_CELL;

/// The header and the cells of each row shown, as text in `lang`.
fn table(board: &Board, order: &[usize], lang: Lang) -> (Vec<&'static str>, Vec<Vec<String>>) {
    use ClassMsg as M;
    let header = [
        M::ColTitle,
        M::ColSteps,
        M::ColVerdict,
        M::ColErrors,
        M::ColWarnings,
        M::ColInfos,
        M::ColMetric,
        M::ColThreshold,
        M::ColBaseline,
        M::ColExample,
        M::ColCopies,
        M::ColLink,
    ]
    .map(|m| m.text(lang))
    .to_vec();
    let rows =
        order.iter().filter_map(|&i| board.entries().get(i)).map(|e| cells(&e.row, e.copies, &e.link, lang)).collect();
    (header, rows)
}

fn cells(row: &Row, copies: usize, link: &str, lang: Lang) -> Vec<String> {
    vec![
        row.title_text(),
        texts::steps(row.steps_complete, STEPS),
        row.verdict_text(lang).to_owned(),
        row.findings.errors.to_string(),
        row.findings.warnings.to_string(),
        row.findings.infos.to_string(),
        row.metric_text(),
        row.threshold_text(),
        row.baseline_text(lang),
        row.origin.as_ref().map_or(EMPTY_CELL.to_owned(), |o| format!("{}-{}", o.key, o.lang.tag())),
        copies.to_string(),
        link.to_owned(),
    ]
}

/// The table as CSV (RFC 4180: commas, CRLF, quotes doubled), with a byte-order mark so
/// spreadsheets read Korean as UTF-8. A cell a spreadsheet would run as a formula (`=`, `+`, `-`,
/// `@`, tab, carriage return first) is written with a leading `'`.
pub fn csv(board: &Board, order: &[usize], lang: Lang) -> String {
    let (header, rows) = table(board, order, lang);
    let line = |cells: Vec<String>| cells.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(",");
    let mut out = String::from("\u{feff}");
    out.push_str(&line(header.into_iter().map(str::to_owned).collect()));
    for row in rows {
        out.push_str("\r\n");
        out.push_str(&line(row));
    }
    out.push_str("\r\n");
    out
}

fn csv_cell(cell: &str) -> String {
    let guarded = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && cell != EMPTY_CELL {
        format!("'{cell}")
    } else {
        cell.to_owned()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// The table as a Markdown pipe table; pipes, backslashes and line breaks in cells are escaped
/// so every plan stays one row.
pub fn markdown(board: &Board, order: &[usize], lang: Lang) -> String {
    let (header, rows) = table(board, order, lang);
    let line = |cells: &[String]| format!("| {} |", cells.iter().map(|c| md_cell(c)).collect::<Vec<_>>().join(" | "));
    let mut out = format!("# {}\n\n", ClassMsg::Heading.text(lang));
    out.push_str(&line(&header.iter().map(|h| h.to_string()).collect::<Vec<_>>()));
    out.push('\n');
    out.push_str(&format!("|{}\n", "---|".repeat(header.len())));
    for row in rows {
        out.push_str(&line(&row));
        out.push('\n');
    }
    out
}

fn md_cell(cell: &str) -> String {
    cell.replace('\\', "\\\\").replace('|', "\\|").replace(['\r', '\n'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::class::Board;
    use crate::plan::{examples, Plan};

    fn board() -> Board {
        let mut board = Board::default();
        let fare = examples::build("fare", Lang::Ko).unwrap();
        board.add(examples::instantiate(fare, "fare", Lang::Ko, "s1", 1), "https://h/#/s/3.aa".into());
        let mut odd = Plan::new("s2", "=HYPERLINK(\"x\"), a | b\nc", 0);
        odd.goals.objectives.push(Default::default());
        odd.goals.objectives[0].metric = "-recall".into();
        board.add(odd, "https://h/#/s/2.bb".into());
        board
    }

    #[test]
    fn csv_quotes_and_guards_cells_and_keeps_one_line_a_plan() {
        let text = csv(&board(), &[0, 1], Lang::En);
        assert!(text.starts_with("\u{feff}Title,Steps complete,Feasibility verdict,"));
        let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert!(lines[1].starts_with("택시 사전 확정 요금 예측,9 / 9,"), "{}", lines[1]);
        assert!(lines[2].starts_with("\"'=HYPERLINK(\"\"x\"\"), a | b\nc\",0 / 9,—,"), "{}", lines[2]);
        assert!(lines[2].contains(",'-recall,"), "{}", lines[2]);
        assert!(lines[1].ends_with(",fare-ko,1,https://h/#/s/3.aa"));
    }

    #[test]
    fn markdown_escapes_pipes_and_line_breaks_in_the_chosen_language() {
        let text = markdown(&board(), &[1, 0], Lang::Ko);
        assert!(text.starts_with("# 수업 보드\n\n| 제목 | 완료한 단계 |"));
        let rows: Vec<&str> = text.lines().filter(|l| l.starts_with("| ")).collect();
        assert_eq!(rows.len(), 3);
        assert!(rows[1].starts_with("| =HYPERLINK(\"x\"), a \\| b c | 0 / 9 |"), "{}", rows[1]);
        assert!(text.contains("|---|---|"));
    }
}
