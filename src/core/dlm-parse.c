/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-parse.h"

/* ---- numbers -------------------------------------------------------------- */

static gsize
count_digits (const char *p,
              const char *end)
{
  gsize n = 0;

  while (p + n < end && g_ascii_isdigit (p[n]))
    n++;
  return n;
}

static gboolean
is_word (const char *p,
         const char *end,
         const char *word)
{
  gsize len = strlen (word);

  return (gsize) (end - p) == len && g_ascii_strncasecmp (p, word, len) == 0;
}

/* The grammar of dlm-parse.h, checked byte by byte; only a text that
 * passes reaches g_ascii_strtod(), which would also read hex, "infinity",
 * leading spaces and "nan(…)". */
DlmNumberKind
dlm_scan_number (const char *text,
                 gsize       len,
                 double     *value)
{
  const char *p = text, *end = text + len;
  char small[64];
  g_autofree char *large = NULL;
  char *copy = small;
  gsize digits;

  g_return_val_if_fail (text != NULL || len == 0, DLM_NUMBER_INVALID);
  g_return_val_if_fail (value != NULL, DLM_NUMBER_INVALID);

  if (p < end && (*p == '+' || *p == '-'))
    p++;
  if (is_word (p, end, "inf") || is_word (p, end, "infinity") || is_word (p, end, "nan"))
    return DLM_NUMBER_NOT_FINITE;

  digits = count_digits (p, end);
  p += digits;
  if (p < end && *p == '.')
    {
      gsize fraction = count_digits (p + 1, end);

      p += 1 + fraction;
      digits += fraction;
    }
  if (digits == 0)
    return DLM_NUMBER_INVALID;
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      digits = count_digits (p, end);
      if (digits == 0)
        return DLM_NUMBER_INVALID;
      p += digits;
    }
  if (p != end)
    return DLM_NUMBER_INVALID;

  /* g_ascii_strtod needs the span on its own: what follows it ("x1" after
   * a "0") must not be read with it */
  if (len >= sizeof small)
    copy = large = g_malloc (len + 1);
  memcpy (copy, text, len);
  copy[len] = '\0';
  *value = g_ascii_strtod (copy, NULL);
  return isfinite (*value) ? DLM_NUMBER_FINITE : DLM_NUMBER_OVERFLOW;
}

static void
set_range_error_len (GError     **error,
                     const char  *where,
                     const char  *given,
                     gsize        len,
                     gboolean     too_large,
                     const char  *accepted)
{
  g_autofree char *quoted = dlm_quote_input_len (given, len);

  if (too_large)
    g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                 _("%s: %s is too large; accepted: %s"), where, quoted, accepted);
  else
    g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                 _("%s: %s is too small; accepted: %s"), where, quoted, accepted);
}

void
dlm_set_range_error (GError     **error,
                     const char  *where,
                     const char  *given,
                     gboolean     too_large,
                     const char  *accepted)
{
  g_return_if_fail (where != NULL && accepted != NULL);

  set_range_error_len (error, where, given, G_MAXSIZE, too_large, accepted);
}

/* What any finite double is: the range, or in words with examples. */
static char *
any_number_range (void)
{
  /* TRANSLATORS: a range of accepted numbers, "0.05 to 100" */
  return g_strdup_printf (_("%s to %s"), "-1.79e308", "1.79e308");
}

static const char *
any_number_text (void)
{
  return _("numbers such as 1.5, -0.25 or 2e3");
}

/* The one place a number's refusal is worded, for a single field (@where
 * "x") and for an entry of a list or matrix ("A: row 2, column 3").
 * @accepted: the field's own limits, or NULL for any finite number. */
static gboolean
fail_number (GError        **error,
             const char     *where,
             const char     *text,
             gsize           len,
             DlmNumberKind   kind,
             gboolean        too_large,
             const char     *accepted)
{
  g_autofree char *quoted = dlm_quote_input_len (text, len);
  g_autofree char *range = NULL;

  if (kind == DLM_NUMBER_FINITE || kind == DLM_NUMBER_OVERFLOW)
    {
      if (accepted == NULL)
        accepted = range = any_number_range ();
      set_range_error_len (error, where, text, len, too_large, accepted);
      return FALSE;
    }

  if (accepted == NULL)
    accepted = any_number_text ();
  if (len == 0)
    g_set_error (error, DLM_ERROR, DLM_ERROR_EMPTY,
                 _("%s: no number was given; accepted: %s"), where, accepted);
  else if (kind == DLM_NUMBER_NOT_FINITE)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s: “%s” is not a finite number; accepted: %s"), where, quoted, accepted);
  else
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s: “%s” is not a number; accepted: %s"), where, quoted, accepted);
  return FALSE;
}

gboolean
dlm_parse_double_in (const char  *field,
                     const char  *text,
                     double       minimum,
                     double       maximum,
                     const char  *accepted,
                     double      *out,
                     GError     **error)
{
  const char *start = text != NULL ? text : "";
  gsize len;
  double value = 0;
  DlmNumberKind kind;

  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  while (g_ascii_isspace (*start))
    start++;
  len = strlen (start);
  while (len > 0 && g_ascii_isspace (start[len - 1]))
    len--;

  kind = dlm_scan_number (start, len, &value);
  if (kind == DLM_NUMBER_FINITE && value >= minimum && value <= maximum)
    {
      *out = value;
      return TRUE;
    }
  return fail_number (error, field, start, len, kind,
                      kind == DLM_NUMBER_OVERFLOW ? value > 0 : value > maximum, accepted);
}

gboolean
dlm_parse_double (const char  *field,
                  const char  *text,
                  double      *out,
                  GError     **error)
{
  return dlm_parse_double_in (field, text, -G_MAXDOUBLE, G_MAXDOUBLE, NULL, out, error);
}

gboolean
dlm_parse_number_at (const char  *where,
                     const char  *text,
                     gsize        len,
                     double      *out,
                     GError     **error)
{
  double value = 0;
  DlmNumberKind kind;

  g_return_val_if_fail (where != NULL, FALSE);
  g_return_val_if_fail (text != NULL || len == 0, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  kind = dlm_scan_number (text, len, &value);
  if (kind == DLM_NUMBER_FINITE)
    {
      *out = value;
      return TRUE;
    }
  return fail_number (error, where, text, len, kind, value > 0, NULL);
}

/* ---- labels --------------------------------------------------------------- */

static gboolean
fail_labels (GError      **error,
             DlmError      code,
             const char   *field,
             const char   *what)
{
  /* TRANSLATORS: "labels: label 2 is empty; accepted: …" */
  g_set_error (error, DLM_ERROR, code, _("%s: %s; accepted: names separated by commas, e.g. cat, dog, horse"),
               field, what);
  return FALSE;
}

/* Whether @text has at most @max_len labels, counted from its commas
 * before anything is split or copied, and only up to one past the limit:
 * a 10 MB text of commas costs no more than a short one. */
static gboolean
check_label_count (const char  *field,
                   const char  *text,
                   guint        max_len,
                   GError     **error)
{
  guint count = 1;

  for (const char *p = strchr (text, ','); p != NULL && count <= max_len; p = strchr (p + 1, ','))
    count++;
  if (count <= max_len)
    return TRUE;
  g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
               _("%s: at least %u labels were given; accepted: at most %u, separated by commas"),
               field, count, max_len);
  return FALSE;
}

GStrv
dlm_parse_labels (const char  *field,
                  const char  *text,
                  guint        max_len,
                  GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *start = text != NULL ? text : "";

  g_return_val_if_fail (field != NULL, NULL);

  while (g_ascii_isspace (*start))
    start++;
  if (*start == '\0')
    return g_strv_builder_end (builder);
  if (!check_label_count (field, start, max_len, error))
    return NULL;
  if (!g_utf8_validate (start, -1, NULL))
    {
      fail_labels (error, DLM_ERROR_INVALID, field, _("the text is not valid UTF-8"));
      return NULL;
    }

  for (guint i = 1; ; i++)
    {
      const char *comma = strchr (start, ',');
      g_autofree char *label = g_strstrip (g_strndup (start, comma != NULL ? (gsize) (comma - start)
                                                                         : strlen (start)));

      if (*label == '\0')
        {
          g_autofree char *what = g_strdup_printf (_("label %u is empty"), i);

          fail_labels (error, DLM_ERROR_INVALID, field, what);
          return NULL;
        }
      g_strv_builder_add (builder, label);
      if (comma == NULL)
        break;
      start = comma + 1;
    }
  return g_strv_builder_end (builder);
}

/* ---- lists and matrices --------------------------------------------------- */

/* Separators between the numbers of a vector or matrix: commas,
 * semicolons, white space and the brackets of a NumPy or Python literal. */
static gboolean
is_separator (char c)
{
  return c == ',' || c == ';' || c == '[' || c == ']' || g_ascii_isspace (c);
}

/* The tokenizer. A number token is a maximal run of text between
 * separators (dlm_scan_number decides whether it is a number); commas,
 * semicolons, brackets and line breaks are tokens of their own; other
 * white space is skipped. */
typedef enum {
  TOKEN_END,
  TOKEN_NUMBER,
  TOKEN_COMMA,
  TOKEN_SEMICOLON,
  TOKEN_NEWLINE,
  TOKEN_OPEN,
  TOKEN_CLOSE,
} TokenKind;

typedef struct {
  const char *next;   /* where the following token is looked for */
  const char *start;  /* the current token's text … */
  gsize       len;    /* … and its length in bytes */
  TokenKind   kind;
} Lexer;

static TokenKind
token_kind (char c)
{
  switch (c)
    {
    case '\0': return TOKEN_END;
    case ',': return TOKEN_COMMA;
    case ';': return TOKEN_SEMICOLON;
    case '[': return TOKEN_OPEN;
    case ']': return TOKEN_CLOSE;
    case '\n': case '\r': return TOKEN_NEWLINE;
    default: return TOKEN_NUMBER;
    }
}

static void
lexer_next (Lexer *lx)
{
  const char *p = lx->next;

  while (*p != '\0' && *p != '\n' && *p != '\r' && g_ascii_isspace (*p))
    p++;

  lx->start = p;
  lx->kind = token_kind (*p);
  lx->len = lx->kind == TOKEN_END ? 0 : 1;
  if (lx->kind == TOKEN_NUMBER)
    while (p[lx->len] != '\0' && !is_separator (p[lx->len]))
      lx->len++;
  lx->next = p + lx->len;
}

static void
lexer_next_line (Lexer *lx)
{
  do
    lexer_next (lx);
  while (lx->kind == TOKEN_NEWLINE);
}

/* The text is read token by token, once; the numbers go into one flat
 * array, which becomes a gsl_matrix or stays a list at the end. Rows and
 * columns in messages count from 1, as a person reads them. */
typedef struct {
  const char *field;
  gboolean    vector;        /* a list: positions are "value N" */
  Lexer       lx;
  GArray     *values;
  gsize       max_entries;
  guint       row;           /* rows finished so far */
  guint       col;           /* numbers in the current row so far */
  guint       width;         /* numbers per row, set by row 1 */
  gboolean    after_comma;   /* a comma still waits for its number or row */
  gboolean    row_expected;  /* a ';' was read: another row must follow */
  const char *open;          /* the '[' that is not closed yet */
} MatrixParser;

/* "A: row 2, column 3", or in a list "logits: value 5": the field and the
 * place a message is about. */
static char *
where_text (const MatrixParser *mp)
{
  if (mp->vector)
    /* TRANSLATORS: a field and the place in it, "logits: value 5" */
    return g_strdup_printf (_("%s: value %u"), mp->field, mp->values->len + 1);
  /* TRANSLATORS: a field and the place in it, "A: row 2, column 3" */
  return g_strdup_printf (_("%s: row %u, column %u"), mp->field, mp->row + 1, mp->col + 1);
}

/* The current token, or from it on for a token of one character. */
static char *
quote_token (const MatrixParser *mp)
{
  return dlm_quote_input_len (mp->lx.start, mp->lx.kind == TOKEN_NUMBER ? mp->lx.len : G_MAXSIZE);
}

static gboolean
read_number (MatrixParser  *mp,
             GError       **error)
{
  g_autofree char *where = NULL;
  double value = 0;
  DlmNumberKind kind;

  if (mp->values->len == mp->max_entries)
    {
      where = where_text (mp);
      g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                   _("%s: more than %lu numbers; accepted: at most %lu"),
                   where, (gulong) mp->max_entries, (gulong) mp->max_entries);
      return FALSE;
    }

  kind = dlm_scan_number (mp->lx.start, mp->lx.len, &value);
  if (kind == DLM_NUMBER_FINITE)
    {
      g_array_append_val (mp->values, value);
      mp->col++;
      mp->after_comma = mp->row_expected = FALSE;
      return TRUE;
    }

  where = where_text (mp);
  return fail_number (error, where, mp->lx.start, mp->lx.len, kind, value > 0, NULL);
}

/* A number missing between two separators. */
static gboolean
fail_empty (MatrixParser  *mp,
            gboolean       whole_row,
            GError       **error)
{
  g_autofree char *where = where_text (mp);

  if (mp->vector)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s is empty; accepted: numbers separated by commas or spaces, e.g. 1, 2, 3"),
                 where);
  else if (whole_row)
    g_set_error (error, DLM_ERROR, DLM_ERROR_EMPTY,
                 _("%s: row %u is empty; every row needs at least one number, e.g. 1 2; 3 4"),
                 mp->field, mp->row + 1);
  else
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s is empty; a comma must stand between two numbers"), where);
  return FALSE;
}

static gboolean
read_comma (MatrixParser  *mp,
            GError       **error)
{
  if (mp->col == 0 || mp->after_comma)
    return fail_empty (mp, FALSE, error);
  mp->after_comma = TRUE;
  return TRUE;
}

/* A number or a comma inside a row. */
static gboolean
read_entry (MatrixParser  *mp,
            GError       **error)
{
  return mp->lx.kind == TOKEN_NUMBER ? read_number (mp, error) : read_comma (mp, error);
}

static gboolean
end_row (MatrixParser  *mp,
         GError       **error)
{
  if (mp->after_comma)
    return fail_empty (mp, FALSE, error);
  if (mp->col == 0)
    return fail_empty (mp, TRUE, error);

  if (mp->width == 0)
    mp->width = mp->col;
  else if (mp->col != mp->width)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: row %u has %u number, row 1 has %u; every row needs the same length",
                                "%s: row %u has %u numbers, row 1 has %u; every row needs the same length",
                                mp->col),
                   mp->field, mp->row + 1, mp->col, mp->width);
      return FALSE;
    }

  mp->row++;
  mp->col = 0;
  return TRUE;
}

static gboolean
fail_token (MatrixParser  *mp,
            GError       **error)
{
  g_autofree char *quoted = quote_token (mp);
  g_autofree char *where = where_text (mp);

  if (mp->lx.kind == TOKEN_CLOSE)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s: “%s” has no matching ‘[’"), where, quoted);
  else if (mp->lx.kind == TOKEN_OPEN && mp->vector)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s: “%s”: a ‘[’ may only open the list, e.g. [1, 2, 3]"), where, quoted);
  else if (mp->lx.kind == TOKEN_OPEN)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s: “%s”: a ‘[’ may only open the matrix or a row, e.g. [[1, 2], [3, 4]]"),
                 where, quoted);
  else if (mp->lx.kind == TOKEN_SEMICOLON)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s: “%s”: inside brackets, end a row with ‘]’ and start the next with ‘[’ "
                   "instead of using ‘;’"),
                 where, quoted);
  else
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s: “%s” stands outside the brackets of a row; write every row as [a, b, …]"),
                 where, quoted);
  return FALSE;
}

/* A '[' that the text never closes: a row's, or (@whole) the matrix's or
 * the list's. */
static gboolean
fail_unclosed (MatrixParser  *mp,
               gboolean       whole,
               GError       **error)
{
  g_autofree char *quoted = dlm_quote_input (mp->open);
  g_autofree char *where = where_text (mp);

  if (whole && mp->vector)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s: the ‘[’ of “%s” that opens the list is never closed; add a ‘]’ at its end"),
                 mp->field, quoted);
  else if (whole)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s: the ‘[’ of “%s” that opens the matrix is never closed; "
                   "add a ‘]’ after row %u"),
                 mp->field, quoted, mp->row + (mp->col > 0 ? 1 : 0));
  else
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s: the ‘[’ of “%s” is never closed; add a ‘]’"), where, quoted);
  return FALSE;
}

/* After the closing ']' only white space may follow. */
static gboolean
expect_end (MatrixParser  *mp,
            GError       **error)
{
  g_autofree char *quoted = NULL;

  lexer_next_line (&mp->lx);
  if (mp->lx.kind == TOKEN_END)
    return TRUE;

  quoted = quote_token (mp);
  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               _("%s: “%s” follows the closing ‘]’; nothing may come after it"),
               mp->field, quoted);
  return FALSE;
}

/* The last row ends with the text (or its ']'); a ';' before it must have
 * been followed by a row. */
static gboolean
finish_flat (MatrixParser  *mp,
             GError       **error)
{
  if (mp->col > 0 || mp->row_expected)
    return end_row (mp, error);
  return TRUE;
}

/* "1 3; 5 7", "1,3\n5,7" or, after an opening '[', "[1 3; 5 7]" — inside
 * that bracket only ';' separates rows, since NumPy wraps long rows onto
 * several lines. Blank lines are skipped. Starts at the current token. */
static gboolean
parse_flat (MatrixParser  *mp,
            gboolean       bracketed,
            GError       **error)
{
  for (;; lexer_next (&mp->lx))
    {
      gboolean ok = TRUE;

      switch (mp->lx.kind)
        {
        case TOKEN_NUMBER:
        case TOKEN_COMMA:
          ok = read_entry (mp, error);
          break;
        case TOKEN_SEMICOLON:
          ok = end_row (mp, error);
          mp->row_expected = TRUE;
          break;
        case TOKEN_NEWLINE:
          if (!bracketed && mp->col > 0)
            ok = end_row (mp, error);
          break;
        case TOKEN_CLOSE:
          return bracketed ? finish_flat (mp, error) && expect_end (mp, error)
                           : fail_token (mp, error);
        case TOKEN_OPEN:
          return fail_token (mp, error);
        case TOKEN_END:
          return bracketed ? fail_unclosed (mp, TRUE, error) : finish_flat (mp, error);
        }
      if (!ok)
        return FALSE;
    }
}

/* One "[1, 3]" or NumPy "[1 3]" row of a nested literal; line breaks inside
 * are spaces. Starts at its '['. */
static gboolean
parse_bracket_row (MatrixParser  *mp,
                   GError       **error)
{
  mp->open = mp->lx.start;
  mp->after_comma = FALSE;
  for (lexer_next (&mp->lx); ; lexer_next (&mp->lx))
    {
      gboolean ok = TRUE;

      switch (mp->lx.kind)
        {
        case TOKEN_NUMBER:
        case TOKEN_COMMA:
          ok = read_entry (mp, error);
          break;
        case TOKEN_NEWLINE:
          break;
        case TOKEN_CLOSE:
          return end_row (mp, error);
        case TOKEN_END:
          return fail_unclosed (mp, FALSE, error);
        default:
          return fail_token (mp, error);
        }
      if (!ok)
        return FALSE;
    }
}

/* "[[1, 3], [5, 7]]" or NumPy's "[[1 3]\n [5 7]]": rows in brackets,
 * optionally separated by commas. Starts at the second '['. */
static gboolean
parse_nested (MatrixParser  *mp,
              const char    *open,
              GError       **error)
{
  for (;; lexer_next (&mp->lx))
    {
      switch (mp->lx.kind)
        {
        case TOKEN_OPEN:
          if (!parse_bracket_row (mp, error))
            return FALSE;
          break;
        case TOKEN_COMMA:
          if (mp->after_comma)
            return fail_empty (mp, TRUE, error);
          mp->after_comma = TRUE;
          break;
        case TOKEN_NEWLINE:
          break;
        case TOKEN_CLOSE:
          if (mp->after_comma)
            return fail_empty (mp, TRUE, error);
          return expect_end (mp, error);
        case TOKEN_END:
          mp->open = open;
          return fail_unclosed (mp, TRUE, error);
        default:
          return fail_token (mp, error);
        }
    }
}

/* The one entry point of both parsers. */
static gboolean
parse_any (MatrixParser  *mp,
           const char    *text,
           GError       **error)
{
  const char *open;

  mp->lx.next = text != NULL ? text : "";
  lexer_next_line (&mp->lx);
  if (mp->lx.kind != TOKEN_OPEN)
    return parse_flat (mp, FALSE, error);

  open = mp->open = mp->lx.start;
  lexer_next_line (&mp->lx);
  if (mp->lx.kind == TOKEN_OPEN)
    return parse_nested (mp, open, error);
  return parse_flat (mp, TRUE, error);
}

GArray *
dlm_parse_vector (const char  *field,
                  const char  *text,
                  guint        max_len,
                  GError     **error)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  MatrixParser mp = { .field = field, .vector = TRUE, .values = values, .max_entries = max_len };

  g_return_val_if_fail (field != NULL, NULL);

  if (!parse_any (&mp, text, error))
    return NULL;

  if (mp.row == 0)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_EMPTY,
                   _("%s: the list is empty; enter at least one number, e.g. 1, 2, 3"), field);
      return NULL;
    }
  if (mp.row > 1 && mp.width > 1)
    {
      g_autofree char *rows = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row", "%u rows", mp.row),
                                               mp.row);

      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: %s of %u number were given; a list of numbers is accepted, e.g. 1, 2, 3",
                                "%s: %s of %u numbers were given; a list of numbers is accepted, e.g. 1, 2, 3",
                                mp.width),
                   field, rows, mp.width);
      return NULL;
    }

  return g_steal_pointer (&values);
}

gsl_matrix *
dlm_parse_matrix (const char  *field,
                  const char  *text,
                  gsize        max_entries,
                  GError     **error)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  MatrixParser mp = { .field = field, .values = values, .max_entries = max_entries };
  gsl_matrix *matrix;

  g_return_val_if_fail (field != NULL, NULL);

  if (!parse_any (&mp, text, error))
    return NULL;

  if (mp.row == 0)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_EMPTY,
                   _("%s: the matrix is empty; enter rows of numbers, e.g. 1 2; 3 4"),
                   field);
      return NULL;
    }

  matrix = gsl_matrix_alloc (mp.row, mp.width);
  memcpy (matrix->data, values->data, sizeof (double) * values->len);
  return matrix;
}

/* "1, 3; 5, 7": numbers as dlm_format_number writes them (integers plainly,
 * everything else with 17 significant digits) and −0 as "-0", so parsing
 * gives back the same doubles, bit for bit. */
char *
dlm_format_matrix (const gsl_matrix *matrix)
{
  GString *out;

  g_return_val_if_fail (matrix != NULL, NULL);

  out = g_string_new (NULL);
  for (gsize i = 0; i < matrix->size1; i++)
    {
      if (i > 0)
        g_string_append (out, "; ");
      for (gsize j = 0; j < matrix->size2; j++)
        {
          double x = gsl_matrix_get (matrix, i, j);

          if (j > 0)
            g_string_append (out, ", ");
          if (x == 0 && signbit (x))
            g_string_append (out, "-0");
          else
            dlm_format_number (out, x);
        }
    }
  return g_string_free (out, FALSE);
}

gboolean
dlm_parse_typed_number (const char *text,
                        double     *value)
{
  char *end;

  g_return_val_if_fail (text != NULL && value != NULL, FALSE);

  if (dlm_parse_double ("", text, value, NULL))
    return TRUE;
  *value = strtod (text, &end);
  return end != text && *end == '\0' && isfinite (*value);
}
