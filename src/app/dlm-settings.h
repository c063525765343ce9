/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The limits of the settings that are sizes, scales and lists. The schema
 * gives the same ranges, but a value can still reach the app past them:
 * NaN passes a range check, a dictionary's values are never checked, and
 * an older installed schema may have no ranges at all. So every read of
 * such a key goes through one of the readers below, with these limits. */
#define DLM_SETTINGS_MIN_WIDTH    360    /* the window's width-request */
#define DLM_SETTINGS_MIN_HEIGHT   480    /* the window's height-request */
#define DLM_SETTINGS_MAX_SIDE     32767  /* the largest window side X11 allows */
#define DLM_SETTINGS_MIN_ZOOM     0.5    /* the zoom-out button's last step */
#define DLM_SETTINGS_MAX_ZOOM     3.0    /* the zoom-in button's last step */
#define DLM_SETTINGS_MAX_ENTRIES  64     /* kept of a dictionary, the newest */
#define DLM_SETTINGS_MAX_KEY      64     /* bytes in a dictionary's key */

/* Whether a dictionary entry's @value (of the dictionary's value type) is
 * one the app can use. */
typedef gboolean (*DlmSettingsEntryCheck) (const char *key,
                                           GVariant   *value);

GSettings *dlm_settings_new                  (void);

int        dlm_settings_get_int_in_range     (GSettings             *settings,
                                              const char            *key,
                                              int                    min,
                                              int                    max);
double     dlm_settings_get_double_in_range  (GSettings             *settings,
                                              const char            *key,
                                              double                 min,
                                              double                 max);
char      *dlm_settings_get_choice           (GSettings             *settings,
                                              const char            *key,
                                              const char * const    *choices);
char      *dlm_settings_get_theme            (GSettings             *settings);
GVariant  *dlm_settings_get_dictionary       (GSettings             *settings,
                                              const char            *key,
                                              DlmSettingsEntryCheck  check);
void       dlm_settings_set_dictionary_entry (GSettings             *settings,
                                              const char            *key,
                                              DlmSettingsEntryCheck  check,
                                              const char            *name,
                                              GVariant              *value);

G_END_DECLS
