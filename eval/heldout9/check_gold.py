"""Check this folder's gold against its raw files: python eval/heldout9/check_gold.py (from anywhere).

The checks are eval/check_heldout.py's, shared by every held-out set; this set's scope (body lines,
credits, excluded marks, apostrophes) is in scope.yaml here.
"""
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.argv = [str(HERE.parent / "check_heldout.py"), str(HERE)]
runpy.run_path(sys.argv[0], run_name="__main__")
