#!/usr/bin/env bash
# The main job on the bundled SAMPLE workspace (synthetic data calibrated to published figures):
# builds the project if needed, creates ./sample-workspace afresh, prints the November 2024 market
# review and the weekly review of 2024-09-02, the forecast table, the rating book and the news digest,
# and writes the monthly and weekly reports in every format to ./sample-out.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
ws=${1:-sample-workspace}
out=${2:-sample-out}
rm -rf "$ws" "$out"

step() { printf '\n===== %s =====\n' "$*"; }

step "Create the SAMPLE workspace"
./desk init "$ws" --sample

step "Monthly market review, November 2024 (seed 000, figures 1-6)"
./desk -w "$ws" indices --month 2024-11 HSTECH.HI IXIC.GI QNET.GI
./desk -w "$ws" review --month 2024-11
./desk -w "$ws" movers --market HK --coverage --top 3 --month 2024-11
./desk -w "$ws" movers --market US --coverage --top 3 --month 2024-11
./desk -w "$ws" valuation HSTECH.HI --as-of 2024-12-02

step "Weekly review, 2024-09-02 to 2024-09-06 (seed 003)"
./desk -w "$ws" indices --week 2024-09-02
for list in a-media a-computer hk us; do
  ./desk -w "$ws" movers --list "$list" --top 10 --week 2024-09-02
done

step "Earnings forecasts and ratings (as of 2024-12-02)"
./desk -w "$ws" estimates --as-of 2024-12-02

step "Rating book, scored as of 2025-12-31"
./desk -w "$ws" ratings score --as-of 2025-12-31

step "News digest, AI application tracker and announcements"
./desk -w "$ws" news digest --month 2025-11
./desk -w "$ws" news tracker --month 2025-11
./desk -w "$ws" announcements --week 2024-09-02

step "Reports in all five formats (DOCX, PDF, HTML, Markdown, XLSX) into $out/"
./desk -w "$ws" report monthly --month 2024-11 --out "$out"
./desk -w "$ws" report monthly --month 2025-11 --out "$out"
./desk -w "$ws" report weekly --week 2024-09-02 --out "$out"
ls -l "$out"
