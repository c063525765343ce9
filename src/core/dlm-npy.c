/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-npy.h"

void
dlm_array_free (DlmArray *array)
{
  if (array == NULL)
    return;
  g_free (array->values);
  g_strfreev (array->names);
  g_free (array);
}

/* ---- the header's dict ----------------------------------------------------- */

/* What the dtype string says. */
typedef enum { KIND_BOOL, KIND_INT, KIND_UINT, KIND_FLOAT } Kind;

typedef struct {
  Kind      kind;
  guint     size;        /* bytes per element */
  gboolean  swap;        /* stored in the other byte order than this machine's */
  gboolean  fortran;
  guint     ndim;
  guint64   shape[2];
} Header;

/* The dict, read once, left to right; positions in messages are the
 * file's byte offsets. */
typedef struct {
  const char *text;
  gsize       len;
  gsize       pos;
  gsize       base;      /* the file offset of text[0] */
  guint       seen;      /* bit per key read so far */
} Reader;

static gboolean
fail_at (GError    **error,
         Reader     *r,
         const char *expected)
{
  g_autofree char *found = r->pos < r->len ? dlm_quote_input_len (r->text + r->pos, MIN (r->len - r->pos, 20))
                                           : g_strdup (_("the end of the header"));

  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               /* TRANSLATORS: "byte 20, in the header: “x” where ‘:’ was expected";
                * the byte counts from the file's start */
               _("byte %lu, in the header: “%s” where %s was expected"),
               (gulong) (r->base + r->pos), found, expected);
  return FALSE;
}

static gboolean
fail_key (GError    **error,
          const char *key,
          const char *what)
{
  /* TRANSLATORS: "header key 'shape': …"; keys are NumPy's, keep them */
  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID, _("header key '%s': %s"), key, what);
  return FALSE;
}

static void
skip_space (Reader *r)
{
  while (r->pos < r->len && (r->text[r->pos] == ' ' || r->text[r->pos] == '\t'))
    r->pos++;
}

static gboolean
expect (Reader     *r,
        char        c,
        const char *shown,
        GError    **error)
{
  skip_space (r);
  if (r->pos < r->len && r->text[r->pos] == c)
    {
      r->pos++;
      return TRUE;
    }
  return fail_at (error, r, shown);
}

static gboolean
peek (Reader *r,
      char    c)
{
  skip_space (r);
  return r->pos < r->len && r->text[r->pos] == c;
}

/* A Python string literal without escapes, as np.save writes keys and
 * dtypes: 'abc' or "abc". Sets *start and *len to its contents. */
static gboolean
read_string (Reader      *r,
             const char **start,
             gsize       *len,
             GError     **error)
{
  const char *end;
  char quote;

  skip_space (r);
  if (r->pos >= r->len || (r->text[r->pos] != '\'' && r->text[r->pos] != '"'))
    return fail_at (error, r, _("a quoted string"));
  quote = r->text[r->pos];
  end = memchr (r->text + r->pos + 1, quote, r->len - r->pos - 1);
  if (end == NULL || memchr (r->text + r->pos + 1, '\\', end - (r->text + r->pos + 1)) != NULL)
    return fail_at (error, r, _("a quoted string without escapes"));
  *start = r->text + r->pos + 1;
  *len = end - *start;
  r->pos = end + 1 - r->text;
  return TRUE;
}

static gboolean
read_word (Reader     *r,
           const char *word)
{
  gsize n = strlen (word);

  skip_space (r);
  if (r->len - r->pos < n || memcmp (r->text + r->pos, word, n) != 0)
    return FALSE;
  r->pos += n;
  return TRUE;
}

static gboolean
read_fortran_order (Reader    *r,
                    Header    *h,
                    GError   **error)
{
  if (read_word (r, "True"))
    h->fortran = TRUE;
  else if (!read_word (r, "False"))
    return fail_at (error, r, "True or False");
  return TRUE;
}

/* A size in the shape: decimal digits, at most 2⁶⁴ − 1. */
static gboolean
read_size (Reader    *r,
           guint64   *out,
           GError   **error)
{
  gsize start;
  guint64 value = 0;

  skip_space (r);
  start = r->pos;
  while (r->pos < r->len && g_ascii_isdigit (r->text[r->pos]))
    {
      guint digit = r->text[r->pos] - '0';

      if (value > (G_MAXUINT64 - digit) / 10)
        return fail_key (error, "shape", _("a size beyond 2⁶⁴ − 1"));
      value = value * 10 + digit;
      r->pos++;
    }
  if (r->pos == start)
    return fail_at (error, r, _("a size (a whole number from 0)"));
  *out = value;
  return TRUE;
}

/* "()", "(5,)", "(2, 3)" with a trailing comma allowed after the last. */
static gboolean
read_shape (Reader    *r,
            Header    *h,
            GError   **error)
{
  if (!expect (r, '(', "‘(’", error))
    return FALSE;
  for (h->ndim = 0; !peek (r, ')'); h->ndim++)
    {
      guint64 size = 0;

      if (!read_size (r, &size, error))
        return FALSE;
      if (h->ndim < 2)
        h->shape[h->ndim] = size;
      if (peek (r, ')') && h->ndim == 0)
        return fail_at (error, r, _("‘,’ after the only size, as in (5,)"));
      if (!peek (r, ')') && !expect (r, ',', "‘,’", error))
        return FALSE;
    }
  r->pos++;
  if (h->ndim > 2)
    {
      g_autofree char *what = g_strdup_printf (_("an array of %u dimensions; accepted: 0, 1 or 2 "
                                                 "dimensions (a number, a list or a matrix)"), h->ndim);
      return fail_key (error, "shape", what);
    }
  return TRUE;
}

/* The dtypes this reader takes, in words, for every refusal of one. */
static const char *
accepted_dtypes (void)
{
  return _("accepted: bool, int8 to int64, uint8 to uint64, float16, float32 or float64");
}

static gboolean
fail_dtype (GError     **error,
            const char  *descr,
            gsize        len,
            const char  *what)
{
  g_autofree char *quoted = dlm_quote_input_len (descr, len);
  g_autofree char *message = g_strdup_printf ("“%s” %s; %s", quoted, what, accepted_dtypes ());

  return fail_key (error, "descr", message);
}

static const char *
dtype_kind_name (char code)
{
  switch (code)
    {
    case 'O': return _("is an object array");
    case 'U': case 'S': case 'a': return _("is an array of text");
    case 'c': return _("is complex");
    case 'M': case 'm': return _("is a date or time");
    case 'V': return _("is a structured or raw dtype");
    default: return _("is not a dtype this reader knows");
    }
}

static gboolean
read_descr_code (const char  *descr,
                 gsize        len,
                 Header      *h,
                 GError     **error)
{
  char order = len > 0 ? descr[0] : '\0';
  const char *code = descr + 1;
  guint size = 0;

  if (len < 2 || (order != '<' && order != '>' && order != '|' && order != '='))
    return fail_dtype (error, descr, len, _("is not a dtype this reader knows"));
  /* the element size: one or two digits ('<f8', '<c16') */
  for (gsize i = 2; i < len; i++)
    {
      if (!g_ascii_isdigit (descr[i]) || i > 3)
        return fail_dtype (error, descr, len, dtype_kind_name (*code));
      size = size * 10 + (descr[i] - '0');
    }
  switch (*code)
    {
    case 'b': h->kind = KIND_BOOL; break;
    case 'i': h->kind = KIND_INT; break;
    case 'u': h->kind = KIND_UINT; break;
    case 'f': h->kind = KIND_FLOAT; break;
    default: return fail_dtype (error, descr, len, dtype_kind_name (*code));
    }
  if (!((h->kind == KIND_BOOL && size == 1) ||
        ((h->kind == KIND_INT || h->kind == KIND_UINT) && (size == 1 || size == 2 || size == 4 || size == 8)) ||
        (h->kind == KIND_FLOAT && (size == 2 || size == 4 || size == 8))))
    return fail_dtype (error, descr, len, _("has an element size this reader does not take"));
  if (order == '|' && size > 1)
    return fail_dtype (error, descr, len, _("has no byte order (‘<’ or ‘>’)"));
  h->size = size;
  h->swap = size > 1 && ((order == '<' && G_BYTE_ORDER == G_BIG_ENDIAN) ||
                         (order == '>' && G_BYTE_ORDER == G_LITTLE_ENDIAN));
  return TRUE;
}

static gboolean
read_descr (Reader    *r,
            Header    *h,
            GError   **error)
{
  const char *descr;
  gsize len;

  if (peek (r, '['))
    return fail_key (error, "descr", _("a structured dtype (named fields); accepted: an array "
                                       "of one numeric dtype"));
  if (!read_string (r, &descr, &len, error))
    return FALSE;
  return read_descr_code (descr, len, h, error);
}

static const char *const keys[] = { "descr", "fortran_order", "shape" };

static gboolean
read_item (Reader    *r,
           Header    *h,
           GError   **error)
{
  const char *key;
  gsize len, start = r->pos;
  guint k;

  if (!read_string (r, &key, &len, error))
    return FALSE;
  for (k = 0; k < G_N_ELEMENTS (keys); k++)
    if (strlen (keys[k]) == len && memcmp (keys[k], key, len) == 0)
      break;
  if (k == G_N_ELEMENTS (keys) || (r->seen & (1u << k)))
    {
      r->pos = start;
      skip_space (r);
      return fail_at (error, r, k == G_N_ELEMENTS (keys) ? _("one of the keys 'descr', 'fortran_order', 'shape'")
                                                         : _("each key once"));
    }
  r->seen |= 1u << k;
  if (!expect (r, ':', "‘:’", error))
    return FALSE;
  switch (k)
    {
    case 0: return read_descr (r, h, error);
    case 1: return read_fortran_order (r, h, error);
    default: return read_shape (r, h, error);
    }
}

/* {'descr': '<f8', 'fortran_order': False, 'shape': (3,), } and then
 * spaces up to a newline, as np.save pads it. */
static gboolean
read_dict (Reader    *r,
           Header    *h,
           GError   **error)
{
  if (!expect (r, '{', "‘{’", error))
    return FALSE;
  while (!peek (r, '}'))
    {
      if (!read_item (r, h, error))
        return FALSE;
      if (!peek (r, '}') && !expect (r, ',', _("‘,’ or ‘}’"), error))
        return FALSE;
    }
  r->pos++;
  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    if (!(r->seen & (1u << k)))
      return fail_key (error, keys[k], _("is missing; np.save writes 'descr', 'fortran_order' and 'shape'"));
  skip_space (r);
  while (r->pos < r->len && (r->text[r->pos] == '\n' || r->text[r->pos] == ' '))
    r->pos++;
  return r->pos == r->len || fail_at (error, r, _("the end of the header"));
}

/* ---- the preamble ------------------------------------------------------------ */

static guint32
read_le (const guint8 *p,
         guint         n)
{
  guint32 v = 0;

  for (guint i = n; i-- > 0;)
    v = v << 8 | p[i];
  return v;
}

static gboolean
fail_offset (GError    **error,
             gsize       offset,
             const char *what)
{
  /* TRANSLATORS: "byte 6: format version 4.0; accepted: …" */
  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID, _("byte %lu: %s"), (gulong) offset, what);
  return FALSE;
}

/* The magic, the version and the header's length; sets the header's span. */
static gboolean
read_preamble (const guint8  *data,
               gsize          size,
               gsize         *header_start,
               gsize         *header_len,
               GError       **error)
{
  guint major, width;

  if (size < DLM_NPY_MAGIC_LEN + 2 || memcmp (data, DLM_NPY_MAGIC, DLM_NPY_MAGIC_LEN) != 0)
    return fail_offset (error, 0, _("not a .npy file: it does not start with NumPy’s magic "
                                    "“\\x93NUMPY” and a version"));
  major = data[6];
  if (!((major == 1 || major == 2 || major == 3) && data[7] == 0))
    {
      g_autofree char *what = g_strdup_printf (_("format version %u.%u; accepted: .npy versions "
                                                 "1.0, 2.0 and 3.0"), major, data[7]);
      return fail_offset (error, 6, what);
    }
  width = major == 1 ? 2 : 4;
  if (size < 8 + (gsize) width)
    return fail_offset (error, 8, _("the file ends before the header’s length"));
  *header_start = 8 + width;
  *header_len = read_le (data + 8, width);
  if (*header_len > size - *header_start)
    {
      g_autofree char *what = g_strdup_printf (_("the header’s length is %lu bytes, but the file "
                                                 "ends %lu bytes after it starts"),
                                               (gulong) *header_len, (gulong) (size - *header_start));
      return fail_offset (error, 8, what);
    }
  return TRUE;
}

/* ---- the data ------------------------------------------------------------------ */

/* IEEE 754 half precision, as NumPy's float16: exact in a double. */
static double
half_to_double (guint16 h)
{
  int exponent = (h >> 10) & 0x1f;
  double mantissa = h & 0x3ff;
  double magnitude;

  if (exponent == 0x1f)
    magnitude = mantissa != 0 ? NAN : INFINITY;
  else if (exponent == 0)
    magnitude = ldexp (mantissa, -24);
  else
    magnitude = ldexp (mantissa + 1024, exponent - 25);
  return (h & 0x8000) ? -magnitude : magnitude;
}

/* One element at @p. int64 and uint64 values beyond 2⁵³ become the
 * nearest double (C's conversion rounds to nearest, as NumPy's does). */
static double
element_value (const guint8 *p,
               const Header *h)
{
  guint8 bytes[8];
  guint64 bits = 0;

  for (guint i = 0; i < h->size; i++)
    bytes[i] = p[h->swap ? h->size - 1 - i : i];
  memcpy (&bits, bytes, h->size);   /* little-endian machines: the low bytes */
  if (G_BYTE_ORDER == G_BIG_ENDIAN)
    bits >>= 8 * (8 - h->size);
  switch (h->kind)
    {
    case KIND_BOOL:
      return bits != 0;
    case KIND_UINT:
      return (double) bits;
    case KIND_INT:
      /* sign-extend from h->size bytes */
      return (double) (gint64) (bits << (64 - 8 * h->size)) / ldexp (1, 64 - 8 * h->size);
    case KIND_FLOAT:
    default:
      if (h->size == 2)
        return half_to_double (bits);
      if (h->size == 4)
        {
          guint32 b32 = bits;
          float f;

          memcpy (&f, &b32, sizeof f);
          return f;
        }
      {
        double d;

        memcpy (&d, &bits, sizeof d);
        return d;
      }
    }
}

static void
set_shape (DlmArray     *array,
           const Header *h)
{
  array->rows = h->ndim == 2 ? h->shape[0] : 1;
  array->cols = h->ndim == 0 ? 1 : h->shape[h->ndim - 1];
}

static gboolean
fail_not_finite (GError       **error,
                 const Header  *h,
                 gsize          row,
                 gsize          col,
                 double         value)
{
  const char *what = isnan (value) ? "nan" : value > 0 ? "inf" : "-inf";

  if (h->ndim == 2)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("element [%lu, %lu] is %s; accepted: finite numbers"), (gulong) row, (gulong) col, what);
  else if (h->ndim == 1)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("element [%lu] is %s; accepted: finite numbers"), (gulong) col, what);
  else
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("the value is %s; accepted: finite numbers"), what);
  return FALSE;
}

/* Element k of the file goes to its place in rows; Fortran order stores
 * columns one after another. */
static gboolean
convert (const guint8  *data,
         const Header  *h,
         DlmArray      *array,
         GError       **error)
{
  array->values = g_new (double, MAX (array->found, 1));
  for (gsize k = 0; k < array->found; k++)
    {
      gboolean by_column = h->fortran && h->ndim == 2;
      gsize row = by_column ? k % array->rows : k / array->cols;
      gsize col = by_column ? k / array->rows : k % array->cols;
      double value = element_value (data + k * h->size, h);

      if (!isfinite (value))
        return fail_not_finite (error, h, row, col, value);
      array->values[row * array->cols + col] = value;
    }
  return TRUE;
}

/* The element count and byte count the shape says, both checked. */
static gboolean
check_data_size (const Header  *h,
                 gsize          available,
                 guint64       *count,
                 GError       **error)
{
  guint64 n = 1, bytes = 0;
  gboolean fits;

  for (guint i = 0; i < h->ndim; i++)
    if (!g_uint64_checked_mul (&n, n, h->shape[i]))
      return fail_key (error, "shape", _("the sizes multiply to more than 2⁶⁴ elements"));
  fits = g_uint64_checked_mul (&bytes, n, h->size);
  if (!fits || bytes != available)
    {
      g_autofree char *elements = g_strdup_printf ("%" G_GUINT64_FORMAT, n);
      g_autofree char *needed = g_strdup_printf ("%" G_GUINT64_FORMAT, bytes);
      g_autofree char *what = NULL;

      if (!fits)
        what = g_strdup_printf (_("%s elements need more bytes than a file can have"), elements);
      else if (bytes > available)
        what = g_strdup_printf (_("%s elements of %u bytes need %s bytes after the header; the file "
                                  "has %lu: it is cut short"), elements, h->size, needed, (gulong) available);
      else
        what = g_strdup_printf (_("%s elements of %u bytes need %s bytes after the header; the file "
                                  "has %lu, more than the array"), elements, h->size, needed, (gulong) available);
      return fail_key (error, "shape", what);
    }
  *count = n;
  return TRUE;
}

DlmArray *
dlm_npy_read (const guint8  *data,
              gsize          size,
              gsize          max_values,
              GError       **error)
{
  g_autoptr(DlmArray) array = g_new0 (DlmArray, 1);
  Header h = { 0 };
  Reader r = { 0 };
  gsize start, len;
  guint64 count;

  g_return_val_if_fail (data != NULL || size == 0, NULL);

  if (!read_preamble (data, size, &start, &len, error))
    return NULL;
  r = (Reader) { (const char *) data + start, len, 0, start, 0 };
  if (!read_dict (&r, &h, error) || !check_data_size (&h, size - start - len, &count, error))
    return NULL;
  set_shape (array, &h);
  array->found = count;
  if (count <= max_values && !convert (data + start + len, &h, array, error))
    return NULL;
  return g_steal_pointer (&array);
}
