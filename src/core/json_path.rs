//! Where in a JSON document a reading error is, as a path such as `pages[0].items[2].type`.
//!
//! serde_json reports the line and column at which it gave up. A person fixing a file by
//! hand, or an advisor reading the error in the builder, is better served by the field's
//! path. Tracking the path while reading (as `serde_path_to_error` does) doubles the
//! generated reading code of every type read, a large share of a wasm bundle; instead, only
//! when reading has failed, the text before the error is scanned once more for the keys and
//! array positions that enclose it.

/// The JSON path of the place at `line` and `column` (1-based, as serde_json reports them:
/// the column is a byte count in the line, pointing at the last byte read). Keys are
/// joined with `.` and array positions written `[n]`; an error on the closing `}` or `]` of
/// an object or array (a missing field, say) is located at that object or array. Empty at
/// the top level.
pub fn path_at(json: &str, line: usize, column: usize) -> String {
    let end = offset(json, line, column);
    let bytes = json.as_bytes();
    let mut frames: Vec<Frame> = Vec::new();
    let mut index = 0;
    while index < end {
        let byte = bytes[index];
        match byte {
            b'"' => {
                let close = string_end(bytes, index);
                if let Some(Frame::Object {
                    key,
                    expecting_key: expecting @ true,
                }) = frames.last_mut()
                {
                    *key = Some(key_text(&json[index + 1..close.min(json.len())]));
                    *expecting = false;
                }
                index = close;
            }
            b'{' => frames.push(Frame::Object {
                key: None,
                expecting_key: true,
            }),
            b'[' => frames.push(Frame::Array { index: 0 }),
            b'}' | b']' if index + 1 == end => {
                // The error is at the end of this object or array: it is the place.
                if let Some(Frame::Object { key, .. }) = frames.last_mut() {
                    *key = None;
                }
                if let Some(Frame::Array { .. }) = frames.last() {
                    frames.pop();
                    return write(&frames);
                }
            }
            b'}' | b']' => {
                frames.pop();
            }
            b',' => match frames.last_mut() {
                Some(Frame::Object { expecting_key, .. }) => *expecting_key = true,
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            _ => {}
        }
        index += 1;
    }
    write(&frames)
}

/// One open object or array, with where inside it the scan is.
enum Frame {
    /// An object: the last key read, and whether the next string is a key.
    Object {
        key: Option<String>,
        expecting_key: bool,
    },
    /// An array: the position of the current element.
    Array { index: usize },
}

/// The byte offset just past the byte at `line` and `column`, clamped to the text.
fn offset(json: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match json[start..].find('\n') {
            Some(newline) => start += newline + 1,
            None => return json.len(),
        }
    }
    (start + column).min(json.len())
}

/// The index of the quote closing the string that opens at `open` (the text's length when
/// it is not closed).
fn string_end(bytes: &[u8], open: usize) -> usize {
    let mut index = open + 1;
    while index < bytes.len() {
        match bytes[index] {
            b'\\' => index += 2,
            b'"' => return index,
            _ => index += 1,
        }
    }
    bytes.len()
}

/// A key as written between its quotes, unescaped when it holds escapes.
fn key_text(raw: &str) -> String {
    if raw.contains('\\') {
        serde_json::from_str(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.to_owned())
    } else {
        raw.to_owned()
    }
}

/// The path of the open frames.
fn write(frames: &[Frame]) -> String {
    let mut out = String::new();
    for frame in frames {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => {
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::path_at;

    /// The path serde_json's own error position leads to, for a document that fails to read
    /// as `T`.
    fn located<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
        let error = serde_json::from_str::<T>(json).expect_err("must fail");
        path_at(json, error.line(), error.column())
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        id: String,
        required: Option<bool>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Page {
        items: Vec<Item>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        pages: Vec<Page>,
    }

    #[test]
    fn an_unknown_key_is_its_own_path() {
        let json = "{\"pages\": [{\"items\": [{\"id\": \"a\"}, {\"id\": \"b\", \"colour\": 1}]}]}";
        assert_eq!(located::<Doc>(json), "pages[0].items[1].colour");
    }

    #[test]
    fn a_value_of_the_wrong_type_is_at_its_key() {
        let json = "{\n  \"pages\": [\n    {\"items\": []},\n    {\"items\": [{\"id\": \"a\", \"required\": \"yes\"}]}\n  ]\n}";
        assert_eq!(located::<Doc>(json), "pages[1].items[0].required");
    }

    #[test]
    fn a_missing_field_is_at_its_object() {
        let json = "{\"pages\": [{\"items\": [{\"id\": \"a\"}, {\"required\": true}]}]}";
        assert_eq!(located::<Doc>(json), "pages[0].items[1]");
    }

    #[test]
    fn strings_with_brackets_commas_and_escaped_quotes_do_not_move_the_path() {
        let json = r#"{"pages": [{"items": [{"id": "a,]}\"[{"}, {"id": "b", "required": 3}]}]}"#;
        assert_eq!(located::<Doc>(json), "pages[0].items[1].required");
    }

    #[test]
    fn an_escaped_key_is_unescaped_and_a_position_past_the_end_is_clamped() {
        let json = r#"{"pa\u0067es": [{"items": [{"id": 1}]}]}"#;
        assert_eq!(located::<Doc>(json), "pages[0].items[0].id");
        assert_eq!(path_at("[1, 2", 9, 9), "[1]");
        assert_eq!(path_at("", 1, 1), "");
    }
}
