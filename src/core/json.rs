//! Pretty JSON, byte for byte as `serde_json::to_string_pretty` writes it (two-space indent,
//! `"key": value`, `[]` and `{}` when empty), written faster.
//!
//! Every export writes its file this way: coform's own definition, FHIR and SurveyJS. A FHIR
//! Questionnaire of a 1000-item survey in eight languages is 13 MB over 390,000 lines, most
//! of it translation extensions nested ten levels deep. serde_json's pretty printer writes
//! each line's indentation two spaces at a time and escapes every key, each piece a separate
//! write; here a line break, its indentation, a key and `": "` are one write, and text that
//! needs no escaping (nearly all of it) is copied whole. Numbers other than integers are
//! written by serde_json itself, so that they are spelled as it spells them.

use serde::Serialize;
use serde::ser;

/// `value` as pretty JSON. `capacity` is a guess of the size, to grow the buffer less often.
///
/// Writing plain data into memory cannot fail: the only error is a map whose keys are not
/// strings or integers, which no coform type has. Should it ever happen, the output stops
/// there rather than the program.
pub fn to_pretty<T: Serialize + ?Sized>(value: &T, capacity: usize) -> Vec<u8> {
    let mut writer = Writer {
        out: Vec::with_capacity(capacity),
        level: 0,
    };
    let _ = value.serialize(&mut writer);
    writer.out
}

/// Why a value could not be written (see [`to_pretty`]).
#[derive(Debug)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(message: T) -> Self {
        Error(message.to_string())
    }
}

/// A comma, a line break and the spaces of 63 levels of indentation; deeper levels are
/// written in steps.
const BREAK: [u8; 128] = {
    let mut line = [b' '; 128];
    line[0] = b',';
    line[1] = b'\n';
    line
};

/// The output and the current depth.
struct Writer {
    out: Vec<u8>,
    level: usize,
}

impl Writer {
    /// `,` (unless `first`), a line break, and the indentation of the current level.
    fn line(&mut self, first: bool) {
        let start = usize::from(first);
        let mut width = 2 * self.level;
        let shallow = width.min(BREAK.len() - 2);
        self.out.extend_from_slice(&BREAK[start..2 + shallow]);
        width -= shallow;
        while width > 0 {
            let step = width.min(BREAK.len() - 2);
            self.out.extend_from_slice(&BREAK[2..2 + step]);
            width -= step;
        }
    }

    /// A string, quoted and escaped as serde_json escapes it: `"` and `\`, and control
    /// characters (`\n`, `\t` and the like, the others as `\u00XX`); nothing else.
    fn string(&mut self, text: &str) {
        let bytes = text.as_bytes();
        self.out.reserve(bytes.len() + 2);
        self.out.push(b'"');
        let mut start = 0;
        for (index, &byte) in bytes.iter().enumerate() {
            if byte >= 0x20 && byte != b'"' && byte != b'\\' {
                continue;
            }
            self.out.extend_from_slice(&bytes[start..index]);
            start = index + 1;
            let short = match byte {
                b'"' => b'"',
                b'\\' => b'\\',
                0x08 => b'b',
                0x0c => b'f',
                b'\n' => b'n',
                b'\r' => b'r',
                b'\t' => b't',
                _ => 0,
            };
            if short == 0 {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.out.extend_from_slice(&[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(byte >> 4)],
                    HEX[usize::from(byte & 0xf)],
                ]);
            } else {
                self.out.extend_from_slice(&[b'\\', short]);
            }
        }
        self.out.extend_from_slice(&bytes[start..]);
        self.out.push(b'"');
    }

    /// Opens an array or object.
    fn open(&mut self, bracket: u8) -> Compound<'_> {
        self.level += 1;
        self.out.push(bracket);
        Compound {
            writer: self,
            first: true,
        }
    }

    /// A number other than an integer, spelled by serde_json.
    fn float<T: Serialize>(&mut self, value: T) {
        let mut spelled = serde_json::to_vec(&value).unwrap_or_else(|_| b"null".to_vec());
        self.out.append(&mut spelled);
    }

    fn integer(&mut self, value: impl std::fmt::Display) {
        use std::io::Write as _;
        // Writing into a Vec cannot fail.
        let _ = write!(self.out, "{value}");
    }
}

/// An array or object being written: whether its first element is still to come.
struct Compound<'w> {
    writer: &'w mut Writer,
    first: bool,
}

impl<'w> Compound<'w> {
    /// Before an element or a key: the separator and the line break.
    fn element(&mut self) {
        self.writer.line(self.first);
        self.first = false;
    }

    /// Closes the array or object with `bracket`, on a line of its own unless it is empty.
    fn close(self, bracket: u8) -> &'w mut Writer {
        self.writer.level -= 1;
        if !self.first {
            self.writer.line(true);
        }
        self.writer.out.push(bracket);
        self.writer
    }

    /// Closes a variant's value, then the one-entry object around it (`{"variant": …}`).
    fn close_variant(self, bracket: u8) {
        let writer = self.close(bracket);
        writer.level -= 1;
        writer.line(true);
        writer.out.push(b'}');
    }

    /// A key known to be a plain string, then `": "`.
    fn key(&mut self, key: &str) {
        self.element();
        self.writer.string(key);
        self.writer.out.extend_from_slice(b": ");
    }
}

impl<'w> ser::Serializer for &'w mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'w>;
    type SerializeTuple = Compound<'w>;
    type SerializeTupleStruct = Compound<'w>;
    type SerializeTupleVariant = Compound<'w>;
    type SerializeMap = Compound<'w>;
    type SerializeStruct = Compound<'w>;
    type SerializeStructVariant = Compound<'w>;

    fn serialize_bool(self, value: bool) -> Result<(), Error> {
        self.out
            .extend_from_slice(if value { b"true" } else { b"false" });
        Ok(())
    }

    fn serialize_i8(self, value: i8) -> Result<(), Error> {
        self.integer(value);
        Ok(())
    }

    fn serialize_i16(self, value: i16) -> Result<(), Error> {
        self.integer(value);
        Ok(())
    }

    fn serialize_i32(self, value: i32) -> Result<(), Error> {
        self.integer(value);
        Ok(())
    }

    fn serialize_i64(self, value: i64) -> Result<(), Error> {
        self.integer(value);
        Ok(())
    }

    fn serialize_i128(self, value: i128) -> Result<(), Error> {
        self.integer(value);
        Ok(())
    }

    fn serialize_u8(self, value: u8) -> Result<(), Error> {
        self.integer(value);
        Ok(())
    }

    fn serialize_u16(self, value: u16) -> Result<(), Error> {
        self.integer(value);
        Ok(())
    }

    fn serialize_u32(self, value: u32) -> Result<(), Error> {
        self.integer(value);
        Ok(())
    }

    fn serialize_u64(self, value: u64) -> Result<(), Error> {
        self.integer(value);
        Ok(())
    }

    fn serialize_u128(self, value: u128) -> Result<(), Error> {
        self.integer(value);
        Ok(())
    }

    fn serialize_f32(self, value: f32) -> Result<(), Error> {
        self.float(value);
        Ok(())
    }

    fn serialize_f64(self, value: f64) -> Result<(), Error> {
        self.float(value);
        Ok(())
    }

    fn serialize_char(self, value: char) -> Result<(), Error> {
        self.string(value.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, value: &str) -> Result<(), Error> {
        self.string(value);
        Ok(())
    }

    fn serialize_bytes(self, value: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq as _;
        let mut seq = self.serialize_seq(Some(value.len()))?;
        for byte in value {
            seq.serialize_element(byte)?;
        }
        seq.end()
    }

    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.string(variant);
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let mut object = self.open(b'{');
        object.key(variant);
        value.serialize(&mut *object.writer)?;
        object.close(b'}');
        Ok(())
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'w>, Error> {
        Ok(self.open(b'['))
    }

    fn serialize_tuple(self, len: usize) -> Result<Compound<'w>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'w>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'w>, Error> {
        // `{"variant": [...]}`: the outer object is closed by `end`.
        let mut object = self.open(b'{');
        object.key(variant);
        Ok(object.writer.open(b'['))
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'w>, Error> {
        Ok(self.open(b'{'))
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'w>, Error> {
        Ok(self.open(b'{'))
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'w>, Error> {
        // `{"variant": {...}}`: the outer object is closed by `end`.
        let mut object = self.open(b'{');
        object.key(variant);
        Ok(object.writer.open(b'{'))
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element();
        value.serialize(&mut *self.writer)
    }

    fn end(self) -> Result<(), Error> {
        self.close(b']');
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }

    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }

    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }

    fn end(self) -> Result<(), Error> {
        self.close_variant(b']');
        Ok(())
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.element();
        key.serialize(KeyWriter(&mut *self.writer))?;
        self.writer.out.extend_from_slice(b": ");
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.writer)
    }

    fn end(self) -> Result<(), Error> {
        self.close(b'}');
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.key(key);
        value.serialize(&mut *self.writer)
    }

    fn end(self) -> Result<(), Error> {
        ser::SerializeMap::end(self)
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        ser::SerializeStruct::serialize_field(self, key, value)
    }

    fn end(self) -> Result<(), Error> {
        self.close_variant(b'}');
        Ok(())
    }
}

/// A map key: JSON keys are strings, so integers are quoted, as serde_json does.
struct KeyWriter<'w>(&'w mut Writer);

impl KeyWriter<'_> {
    fn quoted(self, value: impl std::fmt::Display) -> Result<(), Error> {
        self.0.string(&value.to_string());
        Ok(())
    }

    /// A finite number as serde_json spells it, quoted.
    fn float<T: Serialize>(self, finite: bool, value: T) -> Result<(), Error> {
        if !finite {
            return Err(Error("float key must be finite".to_owned()));
        }
        let spelled = serde_json::to_string(&value).map_err(|error| Error(error.to_string()))?;
        self.0.string(&spelled);
        Ok(())
    }
}

fn key_must_be_a_string() -> Error {
    Error("key must be a string".to_owned())
}

impl ser::Serializer for KeyWriter<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_str(self, value: &str) -> Result<(), Error> {
        self.0.string(value);
        Ok(())
    }

    fn serialize_char(self, value: char) -> Result<(), Error> {
        self.0.string(value.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.0.string(variant);
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_bool(self, value: bool) -> Result<(), Error> {
        self.quoted(value)
    }

    fn serialize_i8(self, value: i8) -> Result<(), Error> {
        self.quoted(value)
    }

    fn serialize_i16(self, value: i16) -> Result<(), Error> {
        self.quoted(value)
    }

    fn serialize_i32(self, value: i32) -> Result<(), Error> {
        self.quoted(value)
    }

    fn serialize_i64(self, value: i64) -> Result<(), Error> {
        self.quoted(value)
    }

    fn serialize_i128(self, value: i128) -> Result<(), Error> {
        self.quoted(value)
    }

    fn serialize_u8(self, value: u8) -> Result<(), Error> {
        self.quoted(value)
    }

    fn serialize_u16(self, value: u16) -> Result<(), Error> {
        self.quoted(value)
    }

    fn serialize_u32(self, value: u32) -> Result<(), Error> {
        self.quoted(value)
    }

    fn serialize_u64(self, value: u64) -> Result<(), Error> {
        self.quoted(value)
    }

    fn serialize_u128(self, value: u128) -> Result<(), Error> {
        self.quoted(value)
    }

    fn serialize_f32(self, value: f32) -> Result<(), Error> {
        self.float(f64::from(value).is_finite(), value)
    }

    fn serialize_f64(self, value: f64) -> Result<(), Error> {
        self.float(value.is_finite(), value)
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_none(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_must_be_a_string())
    }
}

#[cfg(test)]
mod tests {
    use super::to_pretty;

    /// Every shape serde can give, written as serde_json writes it.
    #[test]
    fn writes_what_serde_json_writes() {
        use serde_json::json;
        let values = [
            json!(null),
            json!(true),
            json!([]),
            json!({}),
            json!({"a": [], "b": {}, "c": [1, -2, 3.5, 1e-7, 1e300, 0.1], "d": {"e": [{}]}}),
            json!(["x\"y\\z\n\t\r\u{8}\u{c}\u{1}\u{1f}\u{7f}é😀/", "", "<>&'"]),
            json!({"k\"ey\n": {"nested": [[[]], [[1]]]}}),
        ];
        for value in &values {
            let expected = serde_json::to_string_pretty(value).unwrap_or_default();
            assert_eq!(String::from_utf8_lossy(&to_pretty(value, 0)), expected);
        }
        #[derive(serde::Serialize)]
        enum Shape {
            Unit,
            Newtype(u8),
            Tuple(u8, String),
            Struct { a: Option<u8>, b: Vec<u8> },
        }
        let shapes = vec![
            Shape::Unit,
            Shape::Newtype(7),
            Shape::Tuple(1, "two".into()),
            Shape::Struct { a: None, b: vec![] },
        ];
        let mut keyed = std::collections::BTreeMap::new();
        keyed.insert(3_u32, 'c');
        keyed.insert(10_u32, '"');
        let expected =
            serde_json::to_string_pretty(&(&shapes, &keyed, 2.5_f32)).unwrap_or_default();
        assert_eq!(
            String::from_utf8_lossy(&to_pretty(&(&shapes, &keyed, 2.5_f32), 0)),
            expected
        );
    }
}
