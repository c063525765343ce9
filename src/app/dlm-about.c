/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-about.h"

#define METAINFO_RESOURCE "/io/github/dlmath/Explorer/metainfo.xml"

/* The newest release's notes, copied from the AppStream metadata: the
 * markup of its <description> (p, ul, ol, li: what the about window
 * shows) and its version. */
typedef struct {
  GString  *notes;
  char     *version;
  gboolean  in_release;
  gboolean  in_description;
  gboolean  done;
} ReleaseNotes;

static void
notes_start (GMarkupParseContext  *context,
             const char           *element,
             const char          **names,
             const char          **values,
             gpointer              data,
             GError              **error)
{
  ReleaseNotes *rn = data;

  if (rn->done)
    return;

  if (g_str_equal (element, "release") && rn->version == NULL)
    {
      rn->in_release = TRUE;
      for (guint i = 0; names[i] != NULL; i++)
        if (g_str_equal (names[i], "version"))
          rn->version = g_strdup (values[i]);
    }
  else if (rn->in_release && g_str_equal (element, "description"))
    rn->in_description = TRUE;
  else if (rn->in_description)
    g_string_append_printf (rn->notes, "<%s>", element);
}

static void
notes_end (GMarkupParseContext  *context,
           const char           *element,
           gpointer              data,
           GError              **error)
{
  ReleaseNotes *rn = data;

  if (rn->done)
    return;

  if (g_str_equal (element, "release"))
    {
      rn->done = rn->in_release;
      rn->in_release = FALSE;
    }
  else if (g_str_equal (element, "description"))
    rn->in_description = FALSE;
  else if (rn->in_description)
    g_string_append_printf (rn->notes, "</%s>", element);
}

/* @text with every run of white space made one space, without any at
 * either end, in @out. */
static const char *
collapse_space (const char *text,
                gsize       length,
                GString    *out)
{
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isspace (text[i]))
        g_string_append_c (out, text[i]);
      else if (out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);

  return out->str;
}

static void
notes_text (GMarkupParseContext  *context,
            const char           *text,
            gsize                 length,
            gpointer              data,
            GError              **error)
{
  ReleaseNotes *rn = data;
  g_autofree char *escaped = NULL;
  g_autoptr(GString) message = g_string_new (NULL);
  gsize i;

  if (!rn->in_description || rn->done)
    return;

  /* the indentation between elements is no text */
  for (i = 0; i < length && g_ascii_isspace (text[i]); i++)
    ;
  if (i == length)
    return;

  /* The file in the resources is the untranslated one; its texts are in
   * the catalogue, with their white space collapsed as xgettext does. */
  escaped = g_markup_escape_text (g_dgettext (GETTEXT_PACKAGE, collapse_space (text, length, message)),
                                  -1);
  g_string_append (rn->notes, escaped);
}

static void
set_release_notes (AdwAboutWindow *about)
{
  static const GMarkupParser parser = { notes_start, notes_end, notes_text, NULL, NULL };
  g_autoptr(GBytes) bytes = g_resources_lookup_data (METAINFO_RESOURCE, 0, NULL);
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  ReleaseNotes rn = { g_string_new (NULL), NULL, FALSE, FALSE, FALSE };
  gsize size;
  const char *xml;

  if (bytes != NULL)
    {
      xml = g_bytes_get_data (bytes, &size);
      context = g_markup_parse_context_new (&parser, 0, &rn, NULL);
      if (!g_markup_parse_context_parse (context, xml, size, &error) ||
          !g_markup_parse_context_end_parse (context, &error))
        g_warning ("Cannot read the release notes: %s", error->message);
      else if (rn.version != NULL && rn.notes->len > 0)
        {
          adw_about_window_set_release_notes_version (about, rn.version);
          adw_about_window_set_release_notes (about, rn.notes->str);
        }
    }

  g_string_free (rn.notes, TRUE);
  g_free (rn.version);
}

/* What the app is built on and draws with, each under its own licence. */
static void
add_legal_sections (AdwAboutWindow *about)
{
  adw_about_window_add_legal_section (about, "GTK", _("© The GTK Team"),
                                      GTK_LICENSE_LGPL_2_1, NULL);
  adw_about_window_add_legal_section (about, "libadwaita", _("© The libadwaita authors"),
                                      GTK_LICENSE_LGPL_2_1, NULL);
  adw_about_window_add_legal_section (about, "GLib", _("© The GLib authors"),
                                      GTK_LICENSE_LGPL_2_1, NULL);
  adw_about_window_add_legal_section (about, "GdkPixbuf", _("© The GdkPixbuf authors"),
                                      GTK_LICENSE_LGPL_2_1, NULL);
  adw_about_window_add_legal_section (about, "Pango", _("© The Pango authors"), GTK_LICENSE_CUSTOM,
                                      _("GNU Lesser General Public License, version 2 or later"));
  adw_about_window_add_legal_section (about, "Cairo", _("© The Cairo authors"), GTK_LICENSE_CUSTOM,
                                      _("GNU Lesser General Public License, version 2.1, or Mozilla Public License, version 1.1"));
  adw_about_window_add_legal_section (about, _("GNU Scientific Library"), _("© The GSL authors"),
                                      GTK_LICENSE_GPL_3_0, NULL);
  adw_about_window_add_legal_section (about, _("DejaVu fonts"), _("© Bitstream, Inc. and the DejaVu authors"),
                                      GTK_LICENSE_CUSTOM,
                                      _("The figures use DejaVu Sans and the formulas DejaVu Serif: Bitstream Vera fonts license, with the DejaVu changes in the public domain."));
  adw_about_window_add_legal_section (about, _("Built-in landscape picture"), NULL, GTK_LICENSE_CUSTOM,
                                      _("Made for this project and dedicated to the public domain (CC0-1.0)."));
}

void
dlm_about_show (GtkWindow *parent)
{
  const char *developers[] = { _("DL Math Explorer contributors"), NULL };
  static const char *artists[] = { N_("Built-in landscape picture: made for the project, CC0"), NULL };
  const char *translated_artists[] = { _(artists[0]), NULL };
  static const char *libraries[] = {
    "GTK https://gtk.org",
    "libadwaita https://gnome.pages.gitlab.gnome.org/libadwaita/",
    "Cairo https://cairographics.org",
    "Pango https://pango.gnome.org",
    "GSL https://www.gnu.org/software/gsl/",
    NULL
  };
  AdwAboutWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "application-name", _("DL Math Explorer"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("DL Math Explorer contributors"),
                        "developers", developers,
                        "artists", translated_artists,
                        "website", "https://github.com/dlmath/explorer",
                        "issue-url", "https://github.com/dlmath/explorer/issues",
                        "comments", _("Interactive figures for the mathematics behind deep learning: "
                                      "complicated versus complex systems, scalars to tensors, "
                                      "turning data into numbers, the transpose, the dot product, "
                                      "matrix multiplication, softmax, exponents and logarithms, "
                                      "entropy and cross-entropy, argmax, mean and variance, "
                                      "sampling variability and reproducible random numbers. "
                                      "Made for classrooms and for learning alone."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", _("© DL Math Explorer contributors"),
                        /* Translators: your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);

  adw_about_window_add_acknowledgement_section (about, _("Built with"), libraries);
  add_legal_sections (about);
  set_release_notes (about);

  gtk_window_present (GTK_WINDOW (about));
}
