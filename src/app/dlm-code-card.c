/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dlm-code-card.h"

#define EXPANDED_KEY "code-card-expanded"

/* Below the formula card: the Python script behind the figure, which
 * computes what the figure shows from the same parameters and seed and
 * prints the topic's --summary lines. It is text only, but a long one:
 * a collapsed card leaves it unformatted until it opens. */
struct _DlmCodeCard
{
  GtkWidget      parent_instance;

  DlmTopic      *topic;
  double         zoom;
  gboolean       stale;        /* the topic changed while collapsed */

  GtkExpander   *expander;
  GtkLabel      *title_label;
  GtkLabel      *subtitle_label;
  GtkTextView   *text_view;
  GtkTextBuffer *buffer;
};

enum {
  PROP_0,
  PROP_TOPIC,
  PROP_EXPANDED,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DlmCodeCard, dlm_code_card, GTK_TYPE_WIDGET)

GtkWidget *
dlm_code_card_new (void)
{
  return g_object_new (DLM_TYPE_CODE_CARD, NULL);
}

/* ---- Python, readable: keywords, strings, numbers, comments ------------- */

typedef enum {
  TOKEN_PLAIN,
  TOKEN_KEYWORD,
  TOKEN_STRING,
  TOKEN_NUMBER,
  TOKEN_COMMENT,
} TokenKind;

static const char * const tag_names[] = {
  [TOKEN_KEYWORD] = "keyword",
  [TOKEN_STRING] = "string",
  [TOKEN_NUMBER] = "number",
  [TOKEN_COMMENT] = "comment",
};

static gboolean
is_keyword (const gunichar *text,
            glong           length)
{
  static const char * const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield", NULL,
  };
  char word[16];

  if (length >= (glong) sizeof word)
    return FALSE;
  for (glong i = 0; i < length; i++)
    word[i] = (char) text[i];
  word[length] = '\0';
  return g_strv_contains (keywords, word);
}

static gboolean
is_word_char (gunichar c)
{
  return c == '_' || g_unichar_isalnum (c);
}

/* The end of the string literal whose quote is at @start ("…", '…',
 * and the triple-quoted forms, with backslash escapes). */
static glong
string_end (const gunichar *text,
            glong           length,
            glong           start)
{
  gunichar quote = text[start];
  gboolean triple = start + 2 < length && text[start + 1] == quote && text[start + 2] == quote;
  glong i = start + (triple ? 3 : 1);

  for (; i < length; i++)
    {
      if (text[i] == '\\')
        i++;
      else if (!triple && (text[i] == quote || text[i] == '\n'))
        return i + 1;
      else if (triple && i + 2 < length && text[i] == quote && text[i + 1] == quote && text[i + 2] == quote)
        return i + 3;
    }
  return length;
}

/* One token from @start: its kind, and where it ends. */
static TokenKind
next_token (const gunichar *text,
            glong           length,
            glong           start,
            glong          *end)
{
  gunichar c = text[start];
  glong i = start;

  if (c == '#')
    {
      while (i < length && text[i] != '\n')
        i++;
      *end = i;
      return TOKEN_COMMENT;
    }
  if (c == '"' || c == '\'')
    {
      *end = string_end (text, length, start);
      return TOKEN_STRING;
    }
  if (g_unichar_isdigit (c))
    {
      /* 1, 0.25, 1e-300, 0x1f: letters and signs after an exponent */
      while (i < length && (is_word_char (text[i]) || text[i] == '.' ||
                            ((text[i] == '-' || text[i] == '+') && (text[i - 1] == 'e' || text[i - 1] == 'E'))))
        i++;
      *end = i;
      return TOKEN_NUMBER;
    }
  if (is_word_char (c))
    {
      while (i < length && is_word_char (text[i]))
        i++;
      /* f"…", r'…', b"…": the prefix belongs to the string */
      if (i < length && (text[i] == '"' || text[i] == '\'') && i - start <= 2)
        {
          *end = string_end (text, length, i);
          return TOKEN_STRING;
        }
      *end = i;
      return is_keyword (text + start, i - start) ? TOKEN_KEYWORD : TOKEN_PLAIN;
    }
  *end = start + 1;
  return TOKEN_PLAIN;
}

static void
dlm_code_card_highlight (DlmCodeCard *self,
                         const char  *code)
{
  glong length;
  g_autofree gunichar *text = g_utf8_to_ucs4_fast (code, -1, &length);
  GtkTextIter start, end;

  for (glong i = 0, next; i < length; i = next)
    {
      TokenKind kind = next_token (text, length, i, &next);

      if (kind == TOKEN_PLAIN)
        continue;
      gtk_text_buffer_get_iter_at_offset (self->buffer, &start, i);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end, next);
      gtk_text_buffer_apply_tag_by_name (self->buffer, tag_names[kind], &start, &end);
    }
}

/* Colours that read on the card in either style (contrast 4.5:1 or
 * more on the light and the dark card). */
static void
dlm_code_card_update_colors (DlmCodeCard *self)
{
  static const char * const light[] = {
    [TOKEN_KEYWORD] = "#813d9c", [TOKEN_STRING] = "#1a7f37",
    [TOKEN_NUMBER] = "#1a5fb4", [TOKEN_COMMENT] = "#5e5c64",
  };
  static const char * const dark[] = {
    [TOKEN_KEYWORD] = "#dc8add", [TOKEN_STRING] = "#8ff0a4",
    [TOKEN_NUMBER] = "#99c1f1", [TOKEN_COMMENT] = "#b0afac",
  };
  gboolean is_dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);

  for (guint kind = TOKEN_KEYWORD; kind <= TOKEN_COMMENT; kind++)
    g_object_set (gtk_text_tag_table_lookup (table, tag_names[kind]),
                  "foreground", is_dark ? dark[kind] : light[kind], NULL);
}

static void
dlm_code_card_create_tags (DlmCodeCard *self)
{
  gtk_text_buffer_create_tag (self->buffer, tag_names[TOKEN_KEYWORD], "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_buffer_create_tag (self->buffer, tag_names[TOKEN_STRING], NULL, NULL);
  gtk_text_buffer_create_tag (self->buffer, tag_names[TOKEN_NUMBER], NULL, NULL);
  gtk_text_buffer_create_tag (self->buffer, tag_names[TOKEN_COMMENT], "style", PANGO_STYLE_ITALIC, NULL);
  /* the zoom, over the whole text */
  gtk_text_buffer_create_tag (self->buffer, "zoom", "scale", 1.0, NULL);
  dlm_code_card_update_colors (self);
}

/* ---- the text ------------------------------------------------------------ */

static void
dlm_code_card_apply_zoom (DlmCodeCard *self)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);
  GtkTextIter start, end;

  g_object_set (gtk_text_tag_table_lookup (table, "zoom"), "scale", self->zoom, NULL);
  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_apply_tag_by_name (self->buffer, "zoom", &start, &end);
}

char *
dlm_code_card_get_text (DlmCodeCard *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (DLM_IS_CODE_CARD (self), NULL);

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  return gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
}

static void
dlm_code_card_format (DlmCodeCard *self)
{
  g_autofree char *code = self->topic ? dlm_topic_to_code (self->topic) : NULL;
  g_autofree char *shown = dlm_code_card_get_text (self);

  self->stale = FALSE;
  /* the same text kept as it is keeps the selection and the scrolling */
  if (g_strcmp0 (code ? code : "", shown) == 0)
    return;

  gtk_text_buffer_set_text (self->buffer, code ? code : "", -1);
  if (code != NULL)
    dlm_code_card_highlight (self, code);
  dlm_code_card_apply_zoom (self);
}

/* Every change of the topic; the work waits while the card is closed. */
static void
dlm_code_card_update (DlmCodeCard *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self), self->topic != NULL && dlm_topic_has_code (self->topic));
  self->stale = TRUE;
  if (gtk_expander_get_expanded (self->expander))
    dlm_code_card_format (self);
}

static void
on_expanded_changed (DlmCodeCard *self)
{
  if (gtk_expander_get_expanded (self->expander) && self->stale)
    dlm_code_card_format (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

/* Copies what dlm_topic_to_code() gives now, opened or not. */
static void
copy_code (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  DlmCodeCard *self = DLM_CODE_CARD (widget);
  g_autofree char *code = self->topic ? dlm_topic_to_code (self->topic) : NULL;
  GtkWidget *overlay;

  if (code == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), code);
  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (_("Code copied")));
}

/* ---- properties ---------------------------------------------------------- */

DlmTopic *
dlm_code_card_get_topic (DlmCodeCard *self)
{
  g_return_val_if_fail (DLM_IS_CODE_CARD (self), NULL);

  return self->topic;
}

void
dlm_code_card_set_topic (DlmCodeCard *self,
                         DlmTopic    *topic)
{
  g_return_if_fail (DLM_IS_CODE_CARD (self));
  g_return_if_fail (!topic || DLM_IS_TOPIC (topic));

  if (self->topic == topic)
    return;

  if (self->topic != NULL)
    g_signal_handlers_disconnect_by_func (self->topic, dlm_code_card_update, self);

  g_set_object (&self->topic, topic);

  if (topic != NULL)
    g_signal_connect_object (topic, "changed", G_CALLBACK (dlm_code_card_update),
                             self, G_CONNECT_SWAPPED);

  dlm_code_card_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC]);
}

/* A schema installed by an older version may lack the key: the card then
 * opens collapsed every time rather than failing. */
void
dlm_code_card_set_settings (DlmCodeCard *self,
                            GSettings   *settings)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  g_return_if_fail (DLM_IS_CODE_CARD (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_object_get (settings, "settings-schema", &schema, NULL);
  if (!g_settings_schema_has_key (schema, EXPANDED_KEY))
    return;

  g_settings_bind (settings, EXPANDED_KEY, self->expander, "expanded", G_SETTINGS_BIND_DEFAULT);
}

gboolean
dlm_code_card_get_expanded (DlmCodeCard *self)
{
  g_return_val_if_fail (DLM_IS_CODE_CARD (self), FALSE);

  return gtk_expander_get_expanded (self->expander);
}

void
dlm_code_card_set_expanded (DlmCodeCard *self,
                            gboolean     expanded)
{
  g_return_if_fail (DLM_IS_CODE_CARD (self));

  /* the expander notifies, and on_expanded_changed() passes it on */
  gtk_expander_set_expanded (self->expander, expanded);
}

double
dlm_code_card_get_zoom (DlmCodeCard *self)
{
  g_return_val_if_fail (DLM_IS_CODE_CARD (self), 1.0);

  return self->zoom;
}

/* Scales the code and the header on top of the style's sizes, as the
 * formula card's zoom scales its type (presentation mode, the zoom
 * buttons). */
void
dlm_code_card_set_zoom (DlmCodeCard *self,
                        double       zoom)
{
  g_autoptr(PangoAttrList) attrs = NULL;

  g_return_if_fail (DLM_IS_CODE_CARD (self));
  g_return_if_fail (zoom > 0);

  if (self->zoom == zoom)
    return;

  self->zoom = zoom;
  dlm_code_card_apply_zoom (self);
  if (zoom != 1.0)
    {
      attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_scale_new (zoom));
    }
  gtk_label_set_attributes (self->title_label, attrs);
  gtk_label_set_attributes (self->subtitle_label, attrs);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
dlm_code_card_dispose (GObject *object)
{
  DlmCodeCard *self = (DlmCodeCard *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DLM_TYPE_CODE_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->topic);

  G_OBJECT_CLASS (dlm_code_card_parent_class)->dispose (object);
}

static void
dlm_code_card_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DlmCodeCard *self = DLM_CODE_CARD (object);

  switch (prop_id)
    {
    case PROP_TOPIC:
      g_value_set_object (value, self->topic);
      break;

    case PROP_EXPANDED:
      g_value_set_boolean (value, dlm_code_card_get_expanded (self));
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_code_card_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DlmCodeCard *self = DLM_CODE_CARD (object);

  switch (prop_id)
    {
    case PROP_TOPIC:
      dlm_code_card_set_topic (self, g_value_get_object (value));
      break;

    case PROP_EXPANDED:
      dlm_code_card_set_expanded (self, g_value_get_boolean (value));
      break;

    case PROP_ZOOM:
      dlm_code_card_set_zoom (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_code_card_class_init (DlmCodeCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlm_code_card_dispose;
  object_class->get_property = dlm_code_card_get_property;
  object_class->set_property = dlm_code_card_set_property;

  properties[PROP_TOPIC] =
    g_param_spec_object ("topic", NULL, NULL,
                         DLM_TYPE_TOPIC,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         0.1, 10.0, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-code-card.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmCodeCard, expander);
  gtk_widget_class_bind_template_child (widget_class, DlmCodeCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, DlmCodeCard, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DlmCodeCard, text_view);
  gtk_widget_class_bind_template_callback (widget_class, on_expanded_changed);
  gtk_widget_class_install_action (widget_class, "code-card.copy", NULL, copy_code);
  gtk_widget_class_set_css_name (widget_class, "codecard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dlm_code_card_init (DlmCodeCard *self)
{
  self->zoom = 1.0;
  self->stale = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->buffer = gtk_text_view_get_buffer (self->text_view);
  dlm_code_card_create_tags (self);
  dlm_code_card_update (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dlm_code_card_update_colors), self, G_CONNECT_SWAPPED);
}
