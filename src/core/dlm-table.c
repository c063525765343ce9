/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-parse.h"
#include "dlm-table.h"

#define SPACES ' '         /* the separator "runs of spaces and tabs" */
#define WHOLE_LINE '\n'    /* labels: one per line, spaces and all */

/* ---- fields and lines ------------------------------------------------------- */

typedef struct {
  const char *text;
  gsize       len;
  gsize       pos;
  guint       line;     /* of pos, from 1 */
  char        sep;      /* ',', '\t', ';' or SPACES */
} Scanner;

/* One field: @len bytes at @start, spaces around it dropped, quotes
 * undone (into @owned when it had "" inside). */
typedef struct {
  const char *start;
  gsize       len;
  guint       line;
  guint       column;   /* from 1 */
  GString    *owned;
} Cell;

typedef gboolean (*CellFunc) (gpointer     data,
                              const Cell  *cell,
                              GError     **error);

static gboolean
at_end (const Scanner *sc)
{
  return sc->pos >= sc->len;
}

static char
current (const Scanner *sc)
{
  return at_end (sc) ? '\0' : sc->text[sc->pos];
}

static gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static void
skip_blanks (Scanner *sc)
{
  while (!at_end (sc) && is_blank (current (sc)) && !(sc->sep == '\t' && current (sc) == '\t'))
    sc->pos++;
}

/* Where the current line ends: its '\n', or the end of the text. */
static gsize
line_end (const Scanner *sc)
{
  const char *nl = memchr (sc->text + sc->pos, '\n', sc->len - sc->pos);

  return nl != NULL ? (gsize) (nl - sc->text) : sc->len;
}

static void
skip_line (Scanner *sc)
{
  sc->pos = MIN (line_end (sc) + 1, sc->len);
  sc->line++;
}

/* Moves to the first line with data: past empty lines and '#' comments.
 * Returns FALSE at the end of the text. */
static gboolean
next_record (Scanner *sc)
{
  while (!at_end (sc))
    {
      gsize start = sc->pos;

      while (!at_end (sc) && is_blank (current (sc)))
        sc->pos++;
      if (!at_end (sc) && current (sc) != '\n' && current (sc) != '#')
        {
          sc->pos = start;
          return TRUE;
        }
      skip_line (sc);
    }
  return FALSE;
}

static gboolean
fail_cell (GError     **error,
           const Cell  *cell,
           const char  *what)
{
  /* TRANSLATORS: "line 3, column 2: …", where a table's file is at fault */
  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID, _("line %u, column %u: %s"),
               cell->line, cell->column, what);
  return FALSE;
}

/* A quoted field: "a,b", "say ""hi""", line breaks inside allowed. */
static gboolean
read_quoted (Scanner  *sc,
             Cell     *cell,
             GError  **error)
{
  GString *out = cell->owned;

  g_string_truncate (out, 0);
  for (sc->pos++; ; sc->pos++)
    {
      char c = current (sc);

      if (at_end (sc))
        return fail_cell (error, cell, _("a quoted field is never closed; end it with ‘\"’"));
      if (c == '"' && sc->pos + 1 < sc->len && sc->text[sc->pos + 1] == '"')
        sc->pos++;
      else if (c == '"')
        break;
      else if (c == '\n')
        sc->line++;
      g_string_append_c (out, c);
    }
  sc->pos++;
  skip_blanks (sc);
  if (!at_end (sc) && current (sc) != sc->sep && current (sc) != '\n')
    return fail_cell (error, cell, _("text follows the closing quote; put a separator after it"));
  cell->start = out->str;
  cell->len = out->len;
  return TRUE;
}

static void
read_plain (Scanner *sc,
            Cell    *cell)
{
  gsize start = sc->pos;

  while (!at_end (sc) && current (sc) != '\n' &&
         (sc->sep == SPACES ? !is_blank (current (sc)) && current (sc) != '#' : current (sc) != sc->sep))
    sc->pos++;
  cell->start = sc->text + start;
  cell->len = sc->pos - start;
  while (cell->len > 0 && is_blank (cell->start[cell->len - 1]))
    cell->len--;
}

/* After a field: the separator (TRUE: another field follows) or the line's
 * end, which is consumed. */
static gboolean
after_field (Scanner *sc)
{
  skip_blanks (sc);
  if (sc->sep == SPACES && current (sc) == '#')
    sc->pos = line_end (sc);
  if (sc->sep != SPACES && sc->sep != WHOLE_LINE && current (sc) == sc->sep)
    {
      sc->pos++;
      return TRUE;
    }
  if (sc->sep == SPACES && !at_end (sc) && current (sc) != '\n')
    return TRUE;
  if (!at_end (sc))
    skip_line (sc);
  else
    sc->line++;
  return FALSE;
}

/* One line of fields (more lines when a quoted field spans them), each
 * handed to @func; *@n_fields says how many there were. */
static gboolean
read_record (Scanner   *sc,
             GString   *scratch,
             CellFunc   func,
             gpointer   data,
             guint     *n_fields,
             GError   **error)
{
  gboolean more = TRUE;

  *n_fields = 0;
  while (more)
    {
      Cell cell = { NULL, 0, sc->line, *n_fields + 1, scratch };

      skip_blanks (sc);
      if (sc->sep != SPACES && current (sc) == '"')
        {
          if (!read_quoted (sc, &cell, error))
            return FALSE;
        }
      else
        read_plain (sc, &cell);
      (*n_fields)++;
      more = after_field (sc);
      if (func != NULL && !func (data, &cell, error))
        return FALSE;
    }
  return TRUE;
}

/* The first data line decides: a tab, else a comma, else a semicolon
 * (outside quotes), else spaces. */
static char
sniff_separator (const Scanner *sc)
{
  const char *line = sc->text + sc->pos;
  const char *nl = memchr (line, '\n', sc->len - sc->pos);
  gsize n = nl != NULL ? (gsize) (nl - line) : sc->len - sc->pos;
  gboolean quoted = FALSE, comma = FALSE, semicolon = FALSE;

  for (gsize i = 0; i < n; i++)
    {
      if (line[i] == '"')
        quoted = !quoted;
      else if (line[i] == '\t')
        return '\t';
      else if (!quoted && line[i] == ',')
        comma = TRUE;
      else if (!quoted && line[i] == ';')
        semicolon = TRUE;
    }
  return comma ? ',' : semicolon ? ';' : SPACES;
}

/* ---- the table ----------------------------------------------------------------- */

typedef struct {
  Scanner      sc;
  GString     *scratch;
  gboolean     text_kind;
  const char  *column;       /* the pick as given, or NULL for all */
  gboolean     by_name;
  guint64      pick;         /* the picked column, from 0 */
  gsize        max_values;
  /* line 1, read before the data: is it a header, where is the name */
  guint        first_numbers;
  guint        first_fields;
  gboolean     name_found;
  GString     *names;
  GPtrArray   *header;       /* line 1's fields, for display */
  gboolean     second_has_number;
  /* the data */
  guint        width;
  guint        width_line;
  gsize        rows;
  gsize        found;
  GArray      *numbers;
  GPtrArray   *texts;
} Table;

/* A field without the spaces around it (a quoted one may have them). */
static Cell
trimmed (const Cell *cell)
{
  Cell t = *cell;

  while (t.len > 0 && g_ascii_isspace (*t.start))
    t.start++, t.len--;
  while (t.len > 0 && g_ascii_isspace (t.start[t.len - 1]))
    t.len--;
  return t;
}

static gboolean
is_number (const Cell *cell)
{
  Cell t = trimmed (cell);
  double value;

  return dlm_scan_number (t.start, t.len, &value) != DLM_NUMBER_INVALID;
}

static gboolean
look_at_first (gpointer     data,
               const Cell  *cell,
               GError     **error)
{
  Table *t = data;

  t->first_numbers += is_number (cell);
  if (t->by_name && !t->name_found && cell->len == strlen (t->column) &&
      memcmp (cell->start, t->column, cell->len) == 0)
    {
      t->name_found = TRUE;
      t->pick = cell->column - 1;
    }
  g_ptr_array_add (t->header, dlm_quote_input_len (cell->start, cell->len));
  if (t->names->len < 4 * DLM_QUOTE_MAX_CHARS)
    g_string_append_printf (t->names, "%s“%s”", t->names->len > 0 ? ", " : "",
                            (const char *) g_ptr_array_index (t->header, t->header->len - 1));
  return TRUE;
}

static gboolean
look_at_second (gpointer     data,
                const Cell  *cell,
                GError     **error)
{
  Table *t = data;

  t->second_has_number |= is_number (cell);
  return TRUE;
}

static gboolean
fail_pick (Table       *t,
           GError     **error,
           const char  *what)
{
  g_autofree char *given = dlm_quote_input (t->column);

  /* TRANSLATORS: "col=“height”: no column has that name; accepted: …" */
  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID, "col=“%s”: %s", given, what);
  return FALSE;
}

/* The column the pick names, once line 1 is known. */
static gboolean
resolve_pick (Table     *t,
              gboolean   header,
              GError   **error)
{
  g_autofree char *what = NULL;

  if (t->column == NULL || (t->by_name && t->name_found && header) ||
      (!t->by_name && t->pick < t->first_fields))
    return TRUE;
  if (t->by_name && !header)
    what = g_strdup_printf (_("line 1 holds numbers, so the file has no header to find the name in; "
                              "accepted: a column index from 0 to %u (counted from 0)"), t->first_fields - 1);
  else if (t->by_name)
    what = g_strdup_printf (_("no column has that name; accepted: an index from 0 to %u (counted from 0) "
                              "or a name in the header: %s"), t->first_fields - 1, t->names->str);
  else
    what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "the file has %u column; accepted: an index from 0 to %u (counted from 0)",
                                         "the file has %u columns; accepted: an index from 0 to %u (counted from 0)",
                                         t->first_fields),
                            t->first_fields, t->first_fields - 1);
  return fail_pick (t, error, what);
}

/* Reads lines 1 and 2 once to decide whether line 1 is a header, then
 * leaves the scanner where the data starts. */
static gboolean
read_header (Table    *t,
             GError  **error)
{
  Scanner start = t->sc;
  gboolean header;
  guint n;

  if (!read_record (&t->sc, t->scratch, look_at_first, t, &t->first_fields, error))
    return FALSE;
  header = t->first_numbers == 0;
  if (t->text_kind && !t->by_name && header)
    {
      if (next_record (&t->sc) && !read_record (&t->sc, t->scratch, look_at_second, t, &n, error))
        return FALSE;
      header = t->second_has_number;
    }
  if (t->text_kind && t->by_name)
    header = TRUE;
  if (!resolve_pick (t, header, error))
    return FALSE;
  t->sc = start;
  if (!header)
    g_ptr_array_set_size (t->header, 0);
  if (header)
    {
      read_record (&t->sc, t->scratch, NULL, NULL, &n, error);
      t->width = n;
      t->width_line = start.line;
    }
  return TRUE;
}

static char *
where_cell (const Cell *cell)
{
  /* TRANSLATORS: the place of a field in a table's file */
  return g_strdup_printf (_("line %u, column %u"), cell->line, cell->column);
}

static gboolean
store_number (Table       *t,
              const Cell  *cell,
              GError     **error)
{
  g_autofree char *where = NULL;
  Cell number = trimmed (cell);
  double value;

  if (dlm_scan_number (number.start, number.len, &value) == DLM_NUMBER_FINITE)
    {
      if (t->found <= t->max_values)
        g_array_append_val (t->numbers, value);
      return TRUE;
    }
  where = where_cell (cell);
  return dlm_parse_number_at (where, number.start, number.len, &value, error);
}

static gboolean
store_text (Table       *t,
            const Cell  *cell,
            GError     **error)
{
  g_autofree char *quoted = NULL, *what = NULL;
  Cell label = trimmed (cell);
  gsize len = label.len;
  const char *start = label.start;
  if (len == 0)
    return fail_cell (error, cell, _("the label is empty; accepted: a name, e.g. cat"));
  if (!g_utf8_validate_len (start, len, NULL))
    return fail_cell (error, cell, _("the text is not valid UTF-8; accepted: text in UTF-8"));
  if (memchr (start, ',', len) == NULL && memchr (start, '\n', len) == NULL)
    {
      if (t->found <= t->max_values)
        g_ptr_array_add (t->texts, g_strndup (start, len));
      return TRUE;
    }
  quoted = dlm_quote_input_len (start, len);
  what = g_strdup_printf (_("“%s” holds a comma or a line break; accepted: a label without one"), quoted);
  return fail_cell (error, cell, what);
}

static gboolean
store_cell (gpointer     data,
            const Cell  *cell,
            GError     **error)
{
  Table *t = data;

  if (t->column != NULL && cell->column - 1 != t->pick)
    return TRUE;
  t->found++;
  return t->text_kind ? store_text (t, cell, error) : store_number (t, cell, error);
}

static gboolean
check_width (Table     *t,
             guint      line,
             guint      n_fields,
             GError   **error)
{
  if (t->width == 0)
    {
      t->width = n_fields;
      t->width_line = line;
    }
  if (n_fields == t->width)
    return TRUE;
  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               g_dngettext (GETTEXT_PACKAGE,
                            "line %u, column %u: line %u has %u column, line %u has %u; "
                            "accepted: the same number of columns on every line",
                            "line %u, column %u: line %u has %u columns, line %u has %u; "
                            "accepted: the same number of columns on every line", n_fields),
               line, MIN (n_fields, t->width) + 1, line, n_fields, t->width_line, t->width);
  return FALSE;
}

static gboolean
read_table (Table    *t,
            GError  **error)
{
  if (!next_record (&t->sc))
    return TRUE;
  t->sc.sep = sniff_separator (&t->sc);
  /* a text file of labels: "stop sign" is one label, not two */
  if (t->text_kind && t->sc.sep == SPACES)
    t->sc.sep = WHOLE_LINE;
  if (!read_header (t, error))
    return FALSE;
  while (next_record (&t->sc))
    {
      guint line = t->sc.line, n;

      if (!read_record (&t->sc, t->scratch, store_cell, t, &n, error) ||
          !check_width (t, line, n, error))
        return FALSE;
      t->rows++;
    }
  return TRUE;
}

static void
table_init (Table       *t,
            const char  *text,
            gsize        len,
            const char  *column,
            gsize        max_values,
            gboolean     text_kind)
{
  /* a UTF-8 byte order mark, as spreadsheets write one */
  gsize bom = len >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;

  *t = (Table) { .sc = { text, len, bom, 1, ',' }, .text_kind = text_kind, .column = column,
                 .max_values = max_values, .scratch = g_string_new (NULL),
                 .names = g_string_new (NULL), .header = g_ptr_array_new_with_free_func (g_free) };
  /* digits are an index (one beyond every column when it overflows) */
  t->by_name = column != NULL && (column[0] == '\0' || column[strspn (column, "0123456789")] != '\0');
  if (column != NULL && !t->by_name &&
      !g_ascii_string_to_unsigned (column, 10, 0, G_MAXUINT64, &t->pick, NULL))
    t->pick = G_MAXUINT64;
}

static void
table_clear (Table *t)
{
  g_string_free (t->scratch, TRUE);
  g_string_free (t->names, TRUE);
  g_ptr_array_unref (t->header);
}

DlmArray *
dlm_table_read_numbers (const char  *text,
                        gsize        len,
                        const char  *column,
                        gsize        max_values,
                        GError     **error)
{
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(DlmArray) array = g_new0 (DlmArray, 1);
  Table t;
  gboolean ok;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  table_init (&t, text, len, column, max_values, FALSE);
  t.numbers = numbers;
  ok = read_table (&t, error);
  if (ok && column == NULL && t.header->len > 0)
    {
      g_ptr_array_add (t.header, NULL);
      array->names = (GStrv) g_ptr_array_steal (t.header, NULL);
    }
  table_clear (&t);
  if (!ok)
    return NULL;
  array->rows = t.rows;
  array->cols = column != NULL ? 1 : t.width;
  array->found = t.found;
  if (t.found <= max_values)
    array->values = t.found > 0 ? (double *) g_array_free (g_steal_pointer (&numbers), FALSE)
                                : g_new0 (double, 1);
  return g_steal_pointer (&array);
}

GStrv
dlm_table_read_texts (const char  *text,
                      gsize        len,
                      const char  *column,
                      gsize        max_values,
                      gsize       *found,
                      GError     **error)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  Table t;
  gboolean ok;

  g_return_val_if_fail (text != NULL || len == 0, NULL);
  g_return_val_if_fail (found != NULL, NULL);

  table_init (&t, text, len, column, max_values, TRUE);
  t.texts = texts;
  ok = read_table (&t, error);
  table_clear (&t);
  *found = t.found;
  if (!ok || t.found > max_values)
    return NULL;
  g_ptr_array_add (texts, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&texts), FALSE);
}
