/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The about window: credits, the licences of what the app is built on,
 * and the newest release's notes from the AppStream metadata. */
void dlm_about_show (GtkWindow *parent);

G_END_DECLS
