//! Form fields bound to one place in the open plan. Each edit goes through
//! [`AppState::edit`](super::state::AppState::edit), so it is saved like any other.
//!
//! A [`Place`] says where a value lives: [`Lens`] (a plan field, made with [`lens!`]), then
//! [`Place::item`] (row `i` of a list) and [`Place::field`] (a field of a record, made with [`at!`])
//! to reach into lists of records. Places are small `Copy` values of plain function pointers and
//! indices, so every control captures them freely.
//!
//! The controls:
//! - [`text_field`], [`suggest_field`]: free text, one line or several, optionally with suggestions;
//! - [`choice_field`]: a radio group in a `<fieldset>` for an `Option<enum>`, with a way to clear it;
//! - [`answer_field`]: yes / no / unsure plus a note, for an [`Answer`];
//! - [`number_field`]: a finite number for `Option<f64>` or `Option<u8>`, never storing NaN;
//! - [`list_editor`]: add, remove (with undo) and reorder records of a `Vec`.

use super::show::show;
use super::state::use_state;
use crate::i18n::{self, Msg, PageMsg, Text};
use crate::plan::{Answer, Plan, Tri};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where a value lives in a plan. `None` when it does not exist (a list row that was removed).
pub trait Place: Copy + Send + Sync + 'static {
    type Target: 'static;

    fn get<'a>(&self, plan: &'a Plan) -> Option<&'a Self::Target>;
    fn get_mut<'a>(&self, plan: &'a mut Plan) -> Option<&'a mut Self::Target>;

    /// A field of the record here; see [`at!`].
    fn field<U: 'static>(
        self,
        read: fn(&Self::Target) -> &U,
        write: fn(&mut Self::Target) -> &mut U,
    ) -> Field<Self, U> {
        Field { parent: self, read, write }
    }

    /// Row `index` of the list here.
    fn item<R: 'static>(self, index: usize) -> Item<Self>
    where
        Self: Place<Target = Vec<R>>,
    {
        Item { list: self, index }
    }
}

/// A field of the plan itself, e.g. `lens!(problem.statement)`.
pub struct Lens<T: 'static = String> {
    pub read: fn(&Plan) -> &T,
    pub write: fn(&mut Plan) -> &mut T,
}

impl<T: 'static> Clone for Lens<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: 'static> Copy for Lens<T> {}

impl<T: 'static> Place for Lens<T> {
    type Target = T;
    fn get<'a>(&self, plan: &'a Plan) -> Option<&'a T> {
        Some((self.read)(plan))
    }
    fn get_mut<'a>(&self, plan: &'a mut Plan) -> Option<&'a mut T> {
        Some((self.write)(plan))
    }
}

/// Row `index` of a list; see [`Place::item`].
#[derive(Clone, Copy)]
pub struct Item<P> {
    list: P,
    index: usize,
}

impl<P, R: 'static> Place for Item<P>
where
    P: Place<Target = Vec<R>>,
{
    type Target = R;
    fn get<'a>(&self, plan: &'a Plan) -> Option<&'a R> {
        self.list.get(plan)?.get(self.index)
    }
    fn get_mut<'a>(&self, plan: &'a mut Plan) -> Option<&'a mut R> {
        self.list.get_mut(plan)?.get_mut(self.index)
    }
}

/// A field of the record at another place; see [`Place::field`] and [`at!`].
pub struct Field<P: Place, U: 'static> {
    parent: P,
    read: fn(&P::Target) -> &U,
    write: fn(&mut P::Target) -> &mut U,
}

impl<P: Place, U: 'static> Clone for Field<P, U> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<P: Place, U: 'static> Copy for Field<P, U> {}

impl<P: Place, U: 'static> Place for Field<P, U> {
    type Target = U;
    fn get<'a>(&self, plan: &'a Plan) -> Option<&'a U> {
        self.parent.get(plan).map(self.read)
    }
    fn get_mut<'a>(&self, plan: &'a mut Plan) -> Option<&'a mut U> {
        self.parent.get_mut(plan).map(self.write)
    }
}

/// A lens on a field of the plan, e.g. `lens!(problem.statement)` or `lens!(goals.objectives)`.
macro_rules! lens {
    ($($field:ident).+) => {
        $crate::ui::fields::Lens { read: |p| &p.$($field).+, write: |p| &mut p.$($field).+ }
    };
}
pub(crate) use lens;

/// A field of the record at a place, e.g. `at!(row, name)` for `row.name`.
macro_rules! at {
    ($place:expr, $($field:ident).+) => {
        $crate::ui::fields::Place::field($place, |r| &r.$($field).+, |r| &mut r.$($field).+)
    };
}
pub(crate) use at;

/// The value at `place` in the open plan, as a memo (cloned; `None` when absent).
pub fn read<P: Place>(place: P) -> Memo<Option<P::Target>>
where
    P::Target: Clone + PartialEq + Send + Sync,
{
    let state = use_state();
    Memo::new(move |_| state.plan.with(|p| p.as_ref().and_then(|p| place.get(p)).cloned()))
}

/// Sets the value at `place` (nothing happens when the place no longer exists).
pub fn write<P: Place>(place: P, value: P::Target) {
    use_state().edit(move |p| {
        if let Some(slot) = place.get_mut(p) {
            *slot = value;
        }
    });
}

/// Changes the value at `place` in place (nothing happens when the place no longer exists).
pub fn update<P: Place>(place: P, change: impl FnOnce(&mut P::Target)) {
    use_state().edit(move |p| {
        if let Some(slot) = place.get_mut(p) {
            change(slot);
        }
    });
}

/// Moves keyboard focus, after the pending DOM update, to the element with `id`, or to the first
/// control inside it.
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        let Some(el) = document().get_element_by_id(&id) else { return };
        let target = if el.matches("input, textarea, select, button, a[href], summary").unwrap_or(false) {
            Some(el)
        } else {
            el.query_selector("input:not([disabled]), textarea, select, button:not([disabled])").ok().flatten()
        };
        if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

// ---------------------------------------------------------------------------------------------
// Text

/// A labelled text area (or one-line input) with an optional hint under the label.
pub fn text_field(
    id: impl Into<String>,
    label: impl Text,
    hint: Option<PageMsg>,
    multiline: bool,
    place: impl Place<Target = String>,
) -> impl IntoView {
    text_control(id.into(), label_signal(label), hint, multiline, &[], read(place), setter(place))
}

/// A one-line text input that suggests values (a `<datalist>`), still accepting any text.
pub fn suggest_field(
    id: impl Into<String>,
    label: impl Text,
    hint: Option<PageMsg>,
    suggestions: &'static [&'static str],
    place: impl Place<Target = String>,
) -> impl IntoView {
    text_control(id.into(), label_signal(label), hint, false, suggestions, read(place), setter(place))
}

/// A label as a signal of the current language's text. The controls take this one type rather
/// than each caller's label type, so their view code is compiled once instead of once per caller.
fn label_signal(label: impl Text) -> Signal<&'static str> {
    let state = use_state();
    Signal::derive(move || label.text(state.lang.get()))
}

/// Writing to `place`, as one callback type for the same reason as [`label_signal`].
fn setter<P: Place>(place: P) -> Callback<P::Target>
where
    P::Target: Send + Sync,
{
    Callback::new(move |value| write(place, value))
}

/// For a text area that reads as one line: it wraps and grows with its text (CSS `field-sizing`),
/// so a long value stays readable on a phone, but Enter adds no line break. An input method's
/// Enter while it composes (Korean syllables) is its own and passes.
pub fn keep_one_line(ev: &web_sys::KeyboardEvent) {
    if ev.key() == "Enter" && !ev.is_composing() {
        ev.prevent_default();
    }
}

/// Text typed or pasted into a one-line area, its line breaks turned into spaces.
pub fn one_line(text: String) -> String {
    if text.contains(['\n', '\r']) {
        text.replace("\r\n", " ").replace(['\n', '\r'], " ")
    } else {
        text
    }
}

fn text_control(
    id: String,
    label: Signal<&'static str>,
    hint: Option<PageMsg>,
    multiline: bool,
    suggestions: &'static [&'static str],
    value: Memo<Option<String>>,
    set: Callback<String>,
) -> impl IntoView {
    let state = use_state();
    let hint_id = format!("{id}-hint");
    let described_by = hint.map(|_| hint_id.clone());
    // Every text field is a text area, so no value is ever cut off; a one-line field keeps to one
    // line of text and wraps it.
    let (rows, class) = if multiline { ("3", "") } else { ("1", "one-line") };
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        set.run(if multiline { text } else { one_line(text) })
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if !multiline {
            keep_one_line(&ev);
        }
    };
    // Suggested values as buttons that fill the field: a text area has no `<datalist>`, and on a
    // phone buttons are easier to reach than a list under the keyboard.
    let chips = (!suggestions.is_empty()).then(|| {
        let chips = suggestions
            .iter()
            .map(|s| view! { <button type="button" class="quiet chip" on:click=move |_| set.run(s.to_string())>{*s}</button> })
            .collect_view();
        view! { <div class="chips" role="group" aria-label=label>{chips}</div> }
    });
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{state.text(h)}</p> })}
            <textarea id=id.clone() rows=rows class=class aria-describedby=described_by autocomplete="off"
                prop:value=move || value.get().unwrap_or_default() on:input=on_input on:keydown=on_keydown></textarea>
            {chips}
        </div>
    }
}

// ---------------------------------------------------------------------------------------------
// Choices

/// One option of a [`choice_field`]: its value, its name and an optional one-line explanation.
#[derive(Clone, Copy)]
pub struct Opt<T: 'static> {
    pub value: T,
    pub label: PageMsg,
    pub note: Option<PageMsg>,
}

/// An option without an explanation.
pub const fn opt<T>(value: T, label: PageMsg) -> Opt<T> {
    Opt { value, label, note: None }
}

/// An option with a one-line explanation under its name.
pub const fn opt_note<T>(value: T, label: PageMsg, note: PageMsg) -> Opt<T> {
    Opt { value, label, note: Some(note) }
}

/// Yes / no / unsure.
pub const TRI: &[Opt<Tri>] =
    &[opt(Tri::Yes, PageMsg::FieldYes), opt(Tri::No, PageMsg::FieldNo), opt(Tri::Unsure, PageMsg::FieldUnsure)];

/// A radio group in a `<fieldset>`: one `legend`, an optional hint, the options in order, and a
/// "clear" button while something is chosen. Arrow keys move between options, as in any radio group.
pub fn choice_field<T>(
    id: impl Into<String>,
    legend: impl Text,
    hint: Option<PageMsg>,
    options: &'static [Opt<T>],
    place: impl Place<Target = Option<T>>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    choice_view(id.into(), label_signal(legend), hint, choice(options, place))
}

fn choice_view(id: String, legend: Signal<&'static str>, hint: Option<PageMsg>, choice: Choice) -> impl IntoView {
    let state = use_state();
    let hint_id = format!("{id}-hint");
    let described_by = hint.map(|_| hint_id.clone());
    let fieldset_id = id.clone();
    view! {
        <fieldset class="field choice" id=fieldset_id aria-describedby=described_by>
            <legend>{legend}</legend>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{state.text(h)}</p> })}
            {radios(id, choice)}
        </fieldset>
    }
}

/// A choice among options with the option type taken out: each option's name and note, which
/// option (by index) is chosen, and how to choose one or none. The radios' view code is then
/// compiled once, not once per option type and place.
struct Choice {
    options: Vec<(PageMsg, Option<PageMsg>)>,
    current: Memo<Option<usize>>,
    choose: Callback<Option<usize>>,
}

fn choice<T>(options: &'static [Opt<T>], place: impl Place<Target = Option<T>>) -> Choice
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let chosen = read(place);
    Choice {
        options: options.iter().map(|o| (o.label, o.note)).collect(),
        current: Memo::new(move |_| chosen.get().flatten().and_then(|v| options.iter().position(|o| o.value == v))),
        choose: Callback::new(move |i: Option<usize>| write(place, i.map(|i| options[i].value))),
    }
}

/// The radios and the clear button of a choice, without the frame.
fn radios(id: String, choice: Choice) -> impl IntoView {
    let state = use_state();
    let Choice { options, current, choose } = choice;
    let first_id = format!("{id}-0");
    let buttons = options
        .into_iter()
        .enumerate()
        .map(|(i, (label, note))| {
            let radio_id = format!("{id}-{i}");
            let note_id = format!("{radio_id}-note");
            view! {
                <div class="option">
                    <input type="radio" id=radio_id.clone() name=id.clone()
                        aria-describedby=note.map(|_| note_id.clone())
                        prop:checked=move || current.get() == Some(i)
                        on:change=move |_| choose.run(Some(i))/>
                    <label for=radio_id>{state.text(label)}</label>
                    {note.map(|n| view! { <p class="option-note" id=note_id>{state.text(n)}</p> })}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="options">{buttons}</div>
        {show(move || current.get().is_some(), move || view! {
            <button type="button" class="quiet clear" on:click={
                let first_id = first_id.clone();
                move |_| {
                    choose.run(None);
                    focus_later(first_id.clone());
                }
            }>{state.text(PageMsg::FieldClearChoice)}</button>
        })}
    }
}

/// One feasibility-style question: `legend` (a short name and the question), a hint, yes / no /
/// unsure, and a note on why.
pub fn answer_field(
    id: impl Into<String>,
    name: impl Text,
    question: impl Text,
    hint: impl Text,
    place: impl Place<Target = Answer>,
) -> impl IntoView {
    let texts = [label_signal(name), label_signal(question), label_signal(hint)];
    let note = (read(at!(place, note)), setter(at!(place, note)));
    answer_view(id.into(), texts, choice(TRI, at!(place, value)), note)
}

fn answer_view(
    id: String,
    texts: [Signal<&'static str>; 3],
    choice: Choice,
    note: (Memo<Option<String>>, Callback<String>),
) -> impl IntoView {
    let [name, question, hint] = texts;
    let hint_id = format!("{id}-hint");
    let current = choice.current;
    let described_by = hint_id.clone();
    let fieldset_id = id.clone();
    view! {
        <fieldset class="field answer" id=fieldset_id aria-describedby=described_by
            data-answer=move || current.get().map(|i| ["yes", "no", "unsure"][i])>
            <legend>
                <span class="q-name">{name}</span>
                <span class="q-prompt">{question}</span>
            </legend>
            <p class="hint" id=hint_id>{hint}</p>
            <div class="answer-row">{radios(format!("{id}-value"), choice)}</div>
            {text_control(format!("{id}-note"), label_signal(PageMsg::FieldAnswerNote), None, false, &[], note.0, note.1)}
        </fieldset>
    }
}

// ---------------------------------------------------------------------------------------------
// Numbers

/// A number type a [`number_field`] can hold.
pub trait Num: Copy + PartialEq + Send + Sync + 'static {
    /// Parses trimmed, non-empty text; `None` when it is not a finite number of this type.
    fn parse(text: &str) -> Option<Self>;
    fn show(self) -> String;
    fn as_f64(self) -> f64;
}

impl Num for f64 {
    fn parse(text: &str) -> Option<f64> {
        text.parse::<f64>().ok().filter(|v| v.is_finite())
    }
    fn show(self) -> String {
        format!("{self}")
    }
    fn as_f64(self) -> f64 {
        self
    }
}

impl Num for u8 {
    fn parse(text: &str) -> Option<u8> {
        text.parse::<u8>().ok()
    }
    fn show(self) -> String {
        self.to_string()
    }
    fn as_f64(self) -> f64 {
        f64::from(self)
    }
}

/// The allowed range of a [`number_field`], both ends included.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub min: Option<f64>,
    pub max: Option<f64>,
}

impl Range {
    pub const NON_NEGATIVE: Range = Range { min: Some(0.0), max: None };
}

/// Reads a number typed by a person: blank is "no value"; anything else must be a finite number
/// of the type within the range.
pub fn parse_number<N: Num>(text: &str, range: Range) -> Result<Option<N>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let v = N::parse(text).ok_or(())?;
    let x = v.as_f64();
    if range.min.is_some_and(|m| x < m) || range.max.is_some_and(|m| x > m) {
        return Err(());
    }
    Ok(Some(v))
}

/// A labelled number input. Valid input is stored as typed; blank clears the value; anything else
/// stays on screen with a message saying what to type instead, and the stored value is empty
/// meanwhile (never NaN, never a half-typed prefix such as the `1` of `1x`).
pub fn number_field<N: Num>(
    id: impl Into<String>,
    label: impl Text,
    hint: Option<PageMsg>,
    range: Range,
    place: impl Place<Target = Option<N>>,
) -> impl IntoView {
    number_control(id.into(), label_signal(label), hint, range, read(place), setter(place))
}

/// The body of [`number_field`], generic only in the number type (so compiled twice, not once per
/// field).
fn number_control<N: Num>(
    id: String,
    label: Signal<&'static str>,
    hint: Option<PageMsg>,
    range: Range,
    stored: Memo<Option<Option<N>>>,
    set: Callback<Option<N>>,
) -> impl IntoView {
    let state = use_state();
    let stored_now = move || stored.get().flatten();
    // What the person typed, with the stored value at that moment; shown while the stored value
    // has not changed since, so "0." or "abc" stay on screen as typed.
    let typed: RwSignal<Option<(String, Option<N>)>> = RwSignal::new(None);
    let shown = move || match typed.get() {
        Some((text, at)) if at == stored_now() => text,
        _ => stored_now().map(N::show).unwrap_or_default(),
    };
    let invalid =
        move || typed.get().is_some_and(|(text, at)| at == stored_now() && parse_number::<N>(&text, range).is_err());
    let whole = N::parse("0.5").is_none();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if invalid() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field number">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{state.text(h)}</p> })}
            <input id=id.clone() type="text" inputmode=if whole { "numeric" } else { "decimal" } autocomplete="off"
                aria-invalid=move || invalid().then_some("true")
                aria-describedby=described_by
                prop:value=shown
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    match parse_number::<N>(&text, range) {
                        Ok(v) => {
                            typed.set(Some((text, v)));
                            if v != stored_now() {
                                set.run(v);
                            }
                        }
                        Err(()) => {
                            typed.set(Some((text, None)));
                            if stored_now().is_some() {
                                set.run(None);
                            }
                        }
                    }
                }/>
            <p class="field-error" id=error_id role="status" data-testid="number-error">
                {move || invalid().then(|| i18n::number_error(state.lang.get(), range.min, range.max, whole))}
            </p>
        </div>
    }
}

// ---------------------------------------------------------------------------------------------
// Lists

/// The words of a [`list_editor`]: its heading, the name of one row ("Objective"), the add button
/// and what shows while the list is empty.
#[derive(Clone, Copy)]
pub struct ListWords {
    pub heading: PageMsg,
    pub item: PageMsg,
    pub add: PageMsg,
    pub empty: PageMsg,
}

/// An editable list of records: each row a small form (`row` draws its fields, given the row's
/// place and an id prefix), with move up, move down and remove; remove offers undo. Focus follows
/// the action: to the new row's first field after adding, to the moved row's button after
/// moving, to "undo" after removing.
pub fn list_editor<P, R, V>(
    id: &'static str,
    words: ListWords,
    place: P,
    row: impl Fn(Item<P>, String) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    P: Place<Target = Vec<R>>,
    R: Clone + Default + PartialEq + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let state = use_state();
    // The row taken out last, kept for undo; `ListRows::removed` says where it was.
    let kept: StoredValue<Option<R>> = StoredValue::new(None);
    let rows = ListRows {
        len: Memo::new(move |_| state.plan.with(|p| p.as_ref().and_then(|p| place.get(p)).map_or(0, Vec::len))),
        removed: RwSignal::new(None),
        swap: Callback::new(move |(from, to): (usize, usize)| {
            update(place, move |l| {
                if from < l.len() && to < l.len() {
                    l.swap(from, to);
                }
            })
        }),
        take: Callback::new(move |i: usize| {
            let taken = state.plan.with_untracked(|p| p.as_ref().and_then(|p| place.get(p)?.get(i).cloned()));
            let found = taken.is_some();
            if found {
                update(place, move |l| {
                    if i < l.len() {
                        l.remove(i);
                    }
                });
                kept.set_value(taken);
            }
            found
        }),
        put_back: Callback::new(move |at: usize| {
            if let Some(r) = kept.get_value() {
                update(place, move |l| l.insert(at.min(l.len()), r));
            }
        }),
        push: Callback::new(move |()| update(place, |l| l.push(R::default()))),
        row: Callback::new(move |(i, rid): (usize, String)| row(place.item(i), rid).into_any()),
    };
    list_view(id, words, rows)
}

/// What [`list_view`] needs of a list, with the row type taken out, so the editor's view code is
/// compiled once rather than once per list.
#[derive(Clone, Copy)]
struct ListRows {
    len: Memo<usize>,
    /// Where the row kept for undo was, while undo is offered.
    removed: RwSignal<Option<usize>>,
    swap: Callback<(usize, usize)>,
    /// Removes row `i` and keeps it for undo; false when there is no such row.
    take: Callback<usize, bool>,
    /// Inserts the kept row at the index (or at the end when the list is shorter).
    put_back: Callback<usize>,
    push: Callback<()>,
    /// Draws row `i`'s fields, given its id prefix.
    row: Callback<(usize, String), AnyView>,
}

fn list_view(id: &'static str, words: ListWords, list: ListRows) -> impl IntoView {
    let state = use_state();
    let ListRows { len, removed, .. } = list;
    let heading_id = format!("{id}-heading");
    let row_id = move |i: usize| format!("{id}-{i}");
    let move_row = move |from: usize, to: usize| {
        list.swap.run((from, to));
        let n = len.get_untracked();
        // Keep focus on the same row, now at `to`, on the button that still applies.
        let button = match (to < from, to == 0, to + 1 == n) {
            (true, true, _) => "down",
            (true, false, _) => "up",
            (false, _, true) => "up",
            (false, _, false) => "down",
        };
        focus_later(format!("{id}-{to}-{button}"));
    };
    let remove_row = move |i: usize| {
        if list.take.run(i) {
            removed.set(Some(i));
            focus_later(format!("{id}-undo"));
        }
    };
    let undo = move |_| {
        if let Some(i) = removed.get_untracked() {
            let at = i.min(len.get_untracked());
            list.put_back.run(at);
            removed.set(None);
            focus_later(row_id(at));
        }
    };
    let add = move |_| {
        let at = len.get_untracked();
        list.push.run(());
        removed.set(None);
        focus_later(row_id(at));
    };
    let item_name = move |i: usize| format!("{} {}", state.t(words.item), i + 1);
    let rows = move || {
        let n = len.get();
        (0..n)
            .map(|i| {
                let rid = row_id(i);
                view! {
                    <li class="list-row" data-testid="row">
                        <fieldset id=rid.clone()>
                            <legend>{move || item_name(i)}</legend>
                            <div class="row-fields">{list.row.run((i, rid.clone()))}</div>
                            <div class="row-actions">
                                <button type="button" id=format!("{rid}-up") class="quiet" data-action="up"
                                    disabled=i == 0 on:click=move |_| move_row(i, i - 1)>
                                    <span aria-hidden="true">"↑ "</span>{state.text(PageMsg::FieldMoveUp)}
                                    <span class="visually-hidden">{move || format!(" ({})", item_name(i))}</span>
                                </button>
                                <button type="button" id=format!("{rid}-down") class="quiet" data-action="down"
                                    disabled=i + 1 == n on:click=move |_| move_row(i, i + 1)>
                                    <span aria-hidden="true">"↓ "</span>{state.text(PageMsg::FieldMoveDown)}
                                    <span class="visually-hidden">{move || format!(" ({})", item_name(i))}</span>
                                </button>
                                <button type="button" id=format!("{rid}-remove") class="quiet danger" data-action="remove"
                                    on:click=move |_| remove_row(i)>
                                    {state.text(PageMsg::FieldRemoveRow)}
                                    <span class="visually-hidden">{move || format!(" ({})", item_name(i))}</span>
                                </button>
                            </div>
                        </fieldset>
                    </li>
                }
            })
            .collect_view()
    };
    let labelled_by = heading_id.clone();
    view! {
        <section class="list-editor" id=id data-testid=format!("list-{id}") aria-labelledby=labelled_by>
            <h2 id=heading_id>{state.text(words.heading)}</h2>
            {show(move || len.get() == 0, move || view! { <p class="empty">{state.text(words.empty)}</p> })}
            <ol class="list-rows">{rows}</ol>
            <div class="list-status" role="status">
                {move || removed.get().map(|i| view! {
                    <span>{format!("{} {}", item_name(i), state.t(PageMsg::FieldRowRemoved))}</span>
                    " "
                    <button type="button" id=format!("{id}-undo") data-action="undo" on:click=undo>{state.text(Msg::Undo)}</button>
                })}
            </div>
            <button type="button" class="add" id=format!("{id}-add") data-action="add" on:click=add>
                <span aria-hidden="true">"+ "</span>{state.text(words.add)}
            </button>
        </section>
    }
}
