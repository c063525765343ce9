/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-parse.h"

/* Separators between the numbers of a vector or matrix: commas,
 * semicolons, white space and the brackets of a NumPy or Python literal. */
static gboolean
is_separator (char c)
{
  return c == ',' || c == ';' || c == '[' || c == ']' || g_ascii_isspace (c);
}

/* The one tokenizer behind dlm_parse_vector and dlm_parse_matrix. A number
 * token is a maximal run of text between separators (g_ascii_strtod decides
 * later whether it is a number); commas, semicolons, brackets and line
 * breaks are tokens of their own; other white space is skipped. */
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

gboolean
dlm_parse_double (const char  *field,
                  const char  *text,
                  double      *out,
                  GError     **error)
{
  g_autofree char *copy = NULL;
  char *end = NULL;
  double value;

  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (*copy == '\0')
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_EMPTY,
                   _("%s: no number was given; enter a number such as 1.5"), field);
      return FALSE;
    }

  value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0')
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("%s: “%s” is not a number; enter a number such as 1.5 or -2e3"),
                   field, copy);
      return FALSE;
    }
  if (!isfinite (value))
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("%s: “%s” is not a finite number; infinity and NaN are not accepted"),
                   field, copy);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

static gboolean
parse_token (const char  *field,
             const char  *start,
             gsize        len,
             guint        index,
             double      *value,
             GError     **error)
{
  g_autofree char *token = g_strndup (start, len);
  g_autoptr(GError) local_error = NULL;

  if (dlm_parse_double (field, token, value, &local_error))
    return TRUE;

  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               _("%s: value %u, “%s”, is not a finite number; "
                 "enter numbers separated by commas or spaces, e.g. 1, 2, 3"),
               field, index, token);
  return FALSE;
}

/* Reads "1, 2, 3", "1 2 3", "[1., 2., 3.]" or NumPy's "[1 2 3]". Stops as
 * soon as more than @max_len values are seen, so a huge paste costs little. */
GArray *
dlm_parse_vector (const char  *field,
                  const char  *text,
                  guint        max_len,
                  GError     **error)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  Lexer lx = { .next = text != NULL ? text : "" };

  g_return_val_if_fail (field != NULL, NULL);

  for (lexer_next (&lx); lx.kind != TOKEN_END; lexer_next (&lx))
    {
      double value;

      if (lx.kind != TOKEN_NUMBER)
        continue;

      if (values->len == max_len)
        {
          g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                       _("%s: more than %u values; at most %u are accepted"),
                       field, max_len, max_len);
          return NULL;
        }
      if (!parse_token (field, lx.start, lx.len, values->len + 1, &value, error))
        return NULL;
      g_array_append_val (values, value);
    }

  if (values->len == 0)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_EMPTY,
                   _("%s: the list is empty; enter at least one number, e.g. 1, 2, 3"),
                   field);
      return NULL;
    }

  return g_steal_pointer (&values);
}

/* Labels are comma-separated; surrounding spaces are dropped. An empty text
 * means "no labels" and gives an empty vector, not an error. */
GStrv
dlm_parse_labels (const char  *field,
                  const char  *text,
                  guint        max_len,
                  GError     **error)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_return_val_if_fail (field != NULL, NULL);

  if (*copy == '\0')
    return g_strv_builder_end (builder);

  parts = g_strsplit (copy, ",", -1);
  if (g_strv_length (parts) > max_len)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                   _("%s: %u labels; at most %u are accepted"),
                   field, g_strv_length (parts), max_len);
      return NULL;
    }

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *label = g_strstrip (parts[i]);

      if (*label == '\0')
        {
          g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                       _("%s: label %u is empty; separate non-empty names with commas"),
                       field, i + 1);
          return NULL;
        }
      g_strv_builder_add (builder, label);
    }

  return g_strv_builder_end (builder);
}

/* Matrices. The text is read token by token, once; the numbers go into one
 * flat array and become a gsl_matrix at the end. Rows and columns in
 * messages count from 1, as a person reads them. */
typedef struct {
  const char *field;
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

/* A short, valid UTF-8 quote of the text at @start for a message: up to
 * @len bytes, never past a line break, cut on a character boundary. */
static char *
quote_text (const char *start,
            gsize       len)
{
  const gsize max = 24;
  g_autofree char *valid = NULL;
  gsize n = 0;

  while (n < len && n < max && start[n] != '\0' && start[n] != '\n' && start[n] != '\r')
    n++;
  if (n == max)
    while (n > 1 && ((guchar) start[n] & 0xC0) == 0x80)
      n--;

  valid = g_utf8_make_valid (start, n);
  if (n < len && start[n] != '\0')
    return g_strconcat (valid, "…", NULL);
  return g_steal_pointer (&valid);
}

static char *
quote_token (const MatrixParser *mp)
{
  return quote_text (mp->lx.start, mp->lx.kind == TOKEN_NUMBER ? mp->lx.len : G_MAXSIZE);
}

/* @numeric: the text is a number, only not a finite one */
static gboolean
fail_number (MatrixParser  *mp,
             gboolean       numeric,
             GError       **error)
{
  g_autofree char *quoted = quote_token (mp);

  if (!numeric)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s: row %u, column %u: “%s” is not a number; enter numbers such as 1.5 or -2e3"),
                 mp->field, mp->row + 1, mp->col + 1, quoted);
  else
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s: row %u, column %u: “%s” is not a finite number; infinity and NaN are not accepted"),
                 mp->field, mp->row + 1, mp->col + 1, quoted);
  return FALSE;
}

static gboolean
read_number (MatrixParser  *mp,
             GError       **error)
{
  char *end = NULL;
  double value;

  if (mp->values->len == mp->max_entries)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                   _("%s: row %u, column %u: more than %lu numbers; at most %lu are accepted"),
                   mp->field, mp->row + 1, mp->col + 1,
                   (gulong) mp->max_entries, (gulong) mp->max_entries);
      return FALSE;
    }

  value = g_ascii_strtod (mp->lx.start, &end);
  if (end == mp->lx.start + mp->lx.len && isfinite (value))
    {
      g_array_append_val (mp->values, value);
      mp->col++;
      mp->after_comma = mp->row_expected = FALSE;
      return TRUE;
    }

  return fail_number (mp, end == mp->lx.start + mp->lx.len, error);
}

static gboolean
fail_empty_column (MatrixParser  *mp,
                   GError       **error)
{
  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               _("%s: row %u, column %u is empty; a comma must stand between two numbers"),
               mp->field, mp->row + 1, mp->col + 1);
  return FALSE;
}

static gboolean
fail_empty_row (MatrixParser  *mp,
                GError       **error)
{
  g_set_error (error, DLM_ERROR, DLM_ERROR_EMPTY,
               _("%s: row %u is empty; every row needs at least one number, e.g. 1 2; 3 4"),
               mp->field, mp->row + 1);
  return FALSE;
}

static gboolean
read_comma (MatrixParser  *mp,
            GError       **error)
{
  if (mp->col == 0 || mp->after_comma)
    return fail_empty_column (mp, error);
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
    return fail_empty_column (mp, error);
  if (mp->col == 0)
    return fail_empty_row (mp, error);

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

  if (mp->lx.kind == TOKEN_CLOSE)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s: row %u, column %u: “%s” has no matching ‘[’"),
                 mp->field, mp->row + 1, mp->col + 1, quoted);
  else if (mp->lx.kind == TOKEN_OPEN)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s: row %u, column %u: “%s”: a ‘[’ may only open the matrix or a row, "
                   "e.g. [[1, 2], [3, 4]]"),
                 mp->field, mp->row + 1, mp->col + 1, quoted);
  else if (mp->lx.kind == TOKEN_SEMICOLON)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s: row %u, column %u: “%s”: inside brackets, end a row with ‘]’ "
                   "and start the next with ‘[’ instead of using ‘;’"),
                 mp->field, mp->row + 1, mp->col + 1, quoted);
  else
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s: row %u, column %u: “%s” stands outside the brackets of a row; "
                   "write every row as [a, b, …]"),
                 mp->field, mp->row + 1, mp->col + 1, quoted);
  return FALSE;
}

/* A '[' that the text never closes: a row's, or (@whole) the matrix's. */
static gboolean
fail_unclosed (MatrixParser  *mp,
               gboolean       whole,
               GError       **error)
{
  g_autofree char *quoted = quote_text (mp->open, G_MAXSIZE);

  if (whole)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s: the ‘[’ of “%s” that opens the matrix is never closed; "
                   "add a ‘]’ after row %u"),
                 mp->field, quoted, mp->row + (mp->col > 0 ? 1 : 0));
  else
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("%s: row %u, column %u: the ‘[’ of “%s” is never closed; add a ‘]’"),
                 mp->field, mp->row + 1, mp->col + 1, quoted);
  return FALSE;
}

/* After the matrix's closing ']' only white space may follow. */
static gboolean
expect_end (MatrixParser  *mp,
            GError       **error)
{
  g_autofree char *quoted = NULL;

  do
    lexer_next (&mp->lx);
  while (mp->lx.kind == TOKEN_NEWLINE);

  if (mp->lx.kind == TOKEN_END)
    return TRUE;

  quoted = quote_token (mp);
  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               _("%s: “%s” follows the closing ‘]’; nothing may come after the matrix"),
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
            return fail_empty_row (mp, error);
          mp->after_comma = TRUE;
          break;
        case TOKEN_NEWLINE:
          break;
        case TOKEN_CLOSE:
          if (mp->after_comma)
            return fail_empty_row (mp, error);
          return expect_end (mp, error);
        case TOKEN_END:
          mp->open = open;
          return fail_unclosed (mp, TRUE, error);
        default:
          return fail_token (mp, error);
        }
    }
}

static void
lexer_next_line (Lexer *lx)
{
  do
    lexer_next (lx);
  while (lx->kind == TOKEN_NEWLINE);
}

static gboolean
parse_any (MatrixParser  *mp,
           GError       **error)
{
  const char *open;

  lexer_next_line (&mp->lx);
  if (mp->lx.kind != TOKEN_OPEN)
    return parse_flat (mp, FALSE, error);

  open = mp->open = mp->lx.start;
  lexer_next_line (&mp->lx);
  if (mp->lx.kind == TOKEN_OPEN)
    return parse_nested (mp, open, error);
  return parse_flat (mp, TRUE, error);
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

  mp.lx.next = text != NULL ? text : "";
  if (!parse_any (&mp, error))
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
