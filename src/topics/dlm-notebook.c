/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "dlm-notebook.h"

/* ---- Pango markup → Markdown -------------------------------------------- */

typedef struct {
  const char *plain;
  const char *sub;   /* NULL: no subscript form */
  const char *sup;
} Script;

/* The characters Unicode has a subscript or superscript form of. */
static const Script scripts[] = {
  { "0", "₀", "⁰" }, { "1", "₁", "¹" }, { "2", "₂", "²" }, { "3", "₃", "³" },
  { "4", "₄", "⁴" }, { "5", "₅", "⁵" }, { "6", "₆", "⁶" }, { "7", "₇", "⁷" },
  { "8", "₈", "⁸" }, { "9", "₉", "⁹" }, { "+", "₊", "⁺" }, { "-", "₋", "⁻" },
  { "−", "₋", "⁻" }, { "=", "₌", "⁼" }, { "(", "₍", "⁽" }, { ")", "₎", "⁾" },
  { "a", "ₐ", "ᵃ" }, { "b", NULL, "ᵇ" }, { "c", NULL, "ᶜ" }, { "d", NULL, "ᵈ" },
  { "e", "ₑ", "ᵉ" }, { "f", NULL, "ᶠ" }, { "g", NULL, "ᵍ" }, { "h", "ₕ", "ʰ" },
  { "i", "ᵢ", "ⁱ" }, { "j", "ⱼ", "ʲ" }, { "k", "ₖ", "ᵏ" }, { "l", "ₗ", "ˡ" },
  { "m", "ₘ", "ᵐ" }, { "n", "ₙ", "ⁿ" }, { "o", "ₒ", "ᵒ" }, { "p", "ₚ", "ᵖ" },
  { "r", "ᵣ", "ʳ" }, { "s", "ₛ", "ˢ" }, { "t", "ₜ", "ᵗ" }, { "u", "ᵤ", "ᵘ" },
  { "v", "ᵥ", "ᵛ" }, { "w", NULL, "ʷ" }, { "x", "ₓ", "ˣ" }, { "y", NULL, "ʸ" },
  { "z", NULL, "ᶻ" }, { "T", NULL, "ᵀ" },
};

static const char *
script_of (const char *c,
           gsize       len,
           gboolean    sub)
{
  for (guint k = 0; k < G_N_ELEMENTS (scripts); k++)
    if (strlen (scripts[k].plain) == len && strncmp (scripts[k].plain, c, len) == 0)
      return sub ? scripts[k].sub : scripts[k].sup;
  return NULL;
}

/* @text in Unicode subscripts or superscripts, or NULL when a character
 * has none. */
static char *
to_script (const char *text,
           gboolean    sub)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (*text == '\0')
    return NULL;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *s = script_of (p, g_utf8_next_char (p) - p, sub);

      if (s == NULL)
        return NULL;
      g_string_append (out, s);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Text as Markdown shows it literally: its emphasis, code, link, table
 * and HTML characters escaped. */
static void
append_escaped (GString    *out,
                const char *text,
                gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];

      if (c == '&')
        g_string_append (out, "&amp;");
      else if (c == '<')
        g_string_append (out, "&lt;");
      else if (c == '>')
        g_string_append (out, "&gt;");
      else
        {
          if (strchr ("\\`*_[]|$", c) != NULL)
            g_string_append_c (out, '\\');
          g_string_append_c (out, c);
        }
    }
}

typedef struct {
  GString  *text;
  gboolean  plain;      /* text only, no element inside */
  gboolean  code;       /* <tt>: the text as it is */
} Frame;

typedef struct {
  GArray *frames;       /* Frame; the first is the whole text */
} Converter;

static Frame *
top_frame (Converter *conv)
{
  return &g_array_index (conv->frames, Frame, conv->frames->len - 1);
}

static const char *
emphasis_of (const char *element)
{
  if (strcmp (element, "i") == 0)
    return "*";
  if (strcmp (element, "b") == 0)
    return "**";
  return NULL;
}

static gboolean
is_script (const char *element)
{
  return strcmp (element, "sub") == 0 || strcmp (element, "sup") == 0;
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              data,
               GError              **error)
{
  Converter *conv = data;
  const char *mark = emphasis_of (element);

  top_frame (conv)->plain = FALSE;
  if (is_script (element) || strcmp (element, "tt") == 0)
    {
      Frame frame = { g_string_new (NULL), TRUE, strcmp (element, "tt") == 0 };

      g_array_append_val (conv->frames, frame);
    }
  else if (mark != NULL)
    g_string_append (top_frame (conv)->text, mark);
}

/* Code of one line as `code`, of several as a fenced block. */
static void
end_code (Converter *conv)
{
  g_autoptr(GString) text = g_steal_pointer (&top_frame (conv)->text);

  g_array_set_size (conv->frames, conv->frames->len - 1);
  if (strchr (text->str, '\n') != NULL)
    g_string_append_printf (top_frame (conv)->text, "\n\n```python\n%s\n```\n\n", text->str);
  else
    g_string_append_printf (top_frame (conv)->text, "`%s`", text->str);
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              data,
             GError              **error)
{
  Converter *conv = data;
  const char *mark = emphasis_of (element);

  if (is_script (element))
    {
      gboolean plain = top_frame (conv)->plain;
      g_autoptr(GString) text = g_steal_pointer (&top_frame (conv)->text);
      g_autofree char *unicode = NULL;

      g_array_set_size (conv->frames, conv->frames->len - 1);
      if (plain)
        unicode = to_script (text->str, strcmp (element, "sub") == 0);
      if (unicode != NULL)
        g_string_append (top_frame (conv)->text, unicode);
      else
        g_string_append_printf (top_frame (conv)->text, "<%s>%s</%s>",
                                element, text->str, element);
    }
  else if (strcmp (element, "tt") == 0)
    end_code (conv);
  else if (mark != NULL)
    g_string_append (top_frame (conv)->text, mark);
}

static void
text_element (GMarkupParseContext  *context,
              const char           *text,
              gsize                 len,
              gpointer              data,
              GError              **error)
{
  Converter *conv = data;

  if (top_frame (conv)->code)
    g_string_append_len (top_frame (conv)->text, text, len);
  else
    append_escaped (top_frame (conv)->text, text, len);
}

static void
clear_frame (gpointer data)
{
  Frame *frame = data;

  if (frame->text != NULL)
    g_string_free (frame->text, TRUE);
}

static GRegex *
blank_lines (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("\n{3,}", G_REGEX_OPTIMIZE, 0, NULL));
  return regex;
}

char *
dlm_notebook_markdown (const char  *markup,
                       GError     **error)
{
  static const GMarkupParser parser = { start_element, end_element, text_element, NULL, NULL };
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (Frame));
  Converter conv = { frames };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autofree char *document = NULL;
  Frame whole = { g_string_new (NULL), TRUE, FALSE };

  g_return_val_if_fail (markup != NULL, NULL);

  g_array_set_clear_func (frames, clear_frame);
  g_array_append_val (frames, whole);
  /* one root element, as GMarkup wants; Pango's markup has none */
  document = g_strconcat ("<markup>", markup, "</markup>", NULL);
  context = g_markup_parse_context_new (&parser, 0, &conv, NULL);
  if (!g_markup_parse_context_parse (context, document, -1, error) ||
      !g_markup_parse_context_end_parse (context, error))
    return NULL;
  g_assert (frames->len == 1);
  /* a code block at either end or beside a paragraph break leaves more
   * empty lines than a paragraph needs */
  return g_regex_replace_literal (blank_lines (), g_strstrip (top_frame (&conv)->text->str),
                                  -1, 0, "\n\n", 0, NULL);
}

/* ---- the notebook ------------------------------------------------------- */

/* A cell's source as Jupyter writes it: one string per line, each but the
 * last ending in its line break (the text's final line breaks left out). */
static void
add_source (JsonBuilder *builder,
            const char  *text)
{
  g_autofree char *body = g_strdup (text);
  g_auto(GStrv) lines = NULL;

  g_strchomp (body);
  lines = g_strsplit (body, "\n", -1);
  json_builder_set_member_name (builder, "source");
  json_builder_begin_array (builder);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strconcat (lines[i], lines[i + 1] != NULL ? "\n" : "", NULL);

      json_builder_add_string_value (builder, line);
    }
  json_builder_end_array (builder);
}

static void
add_cell (JsonBuilder *builder,
          const char  *type,
          const char  *id,
          const char  *source)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "cell_type");
  json_builder_add_string_value (builder, type);
  if (strcmp (type, "code") == 0)
    {
      json_builder_set_member_name (builder, "execution_count");
      json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "outputs");
      json_builder_begin_array (builder);
      json_builder_end_array (builder);
    }
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "metadata");
  json_builder_begin_object (builder);
  json_builder_end_object (builder);
  add_source (builder, source);
  json_builder_end_object (builder);
}

static void
add_metadata (JsonBuilder *builder)
{
  json_builder_set_member_name (builder, "metadata");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kernelspec");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "display_name");
  json_builder_add_string_value (builder, "Python 3");
  json_builder_set_member_name (builder, "language");
  json_builder_add_string_value (builder, "python");
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, "python3");
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "language_info");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, "python");
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "nbformat");
  json_builder_add_int_value (builder, 4);
  json_builder_set_member_name (builder, "nbformat_minor");
  json_builder_add_int_value (builder, 5);
}

/* Markup the topic wrote is valid (its tests render it with Pango); should
 * it not parse, the notebook shows it as plain text rather than fail. */
static void
append_markdown (GString    *out,
                 const char *markup)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *md = dlm_notebook_markdown (markup, &error);

  if (md != NULL)
    g_string_append (out, md);
  else
    append_escaped (out, markup, strlen (markup));
}

/* The title as a heading, the formula, the explanation. */
static char *
intro_markdown (DlmTopic *topic)
{
  g_autofree char *formula = dlm_topic_get_formula (topic);
  g_autofree char *explanation = dlm_topic_get_explanation (topic);
  GString *out = g_string_new ("# ");

  append_escaped (out, dlm_topic_get_title (topic), strlen (dlm_topic_get_title (topic)));
  if (formula != NULL && *formula != '\0')
    {
      g_string_append (out, "\n\n");
      append_markdown (out, formula);
    }
  if (explanation != NULL && *explanation != '\0')
    {
      g_string_append (out, "\n\n");
      append_markdown (out, explanation);
    }
  return g_string_free (out, FALSE);
}

char *
dlm_notebook_new (DlmTopic *topic)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *code = NULL;
  g_autofree char *plot = NULL;
  g_autofree char *intro = NULL;
  g_autofree char *json = NULL;

  g_return_val_if_fail (DLM_IS_TOPIC (topic), NULL);

  if ((code = dlm_topic_to_code (topic)) == NULL)
    return NULL;
  plot = dlm_topic_to_plot_code (topic);
  intro = intro_markdown (topic);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "cells");
  json_builder_begin_array (builder);
  add_cell (builder, "markdown", "formula", intro);
  add_cell (builder, "code", "code", code);
  if (plot != NULL)
    add_cell (builder, "code", "figure", plot);
  json_builder_end_array (builder);
  add_metadata (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);
  /* a text file ends in a line break */
  return g_strconcat (json, "\n", NULL);
}
